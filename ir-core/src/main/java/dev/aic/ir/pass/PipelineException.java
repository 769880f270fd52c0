package dev.aic.ir.pass;

/**
 * A pipeline that cannot be built: bad pipeline text, an unknown pass or option, or a pass whose
 * anchor does not fit where it was put. When the pipeline came from text, the error knows the
 * offending position and {@link #render} points at it with a caret, as MLIR's parser does.
 */
public final class PipelineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The name MLIR gives the pipeline text in its diagnostics. */
  public static final String BUFFER_NAME = "MLIR Textual PassPipeline Parser";

  private final String text;
  private final int offset;

  /** An error at no position of any text, for pipelines built in Java. */
  public PipelineException(String message) {
    this(message, null, -1);
  }

  /** An error at {@code offset} of the pipeline {@code text}. */
  public PipelineException(String message, String text, int offset) {
    super(message);
    this.text = text;
    this.offset = offset;
  }

  /** The pipeline text, or {@code null} if the pipeline was built in Java. */
  public String text() {
    return text;
  }

  /** The offset in {@link #text} the error points at, or -1. */
  public int offset() {
    return offset;
  }

  /**
   * The error as MLIR prints it: {@code MLIR Textual PassPipeline Parser:1:12: error: message},
   * then the text and a caret under the offending character; just the message without a position.
   */
  public String render() {
    if (text == null || offset < 0) {
      return getMessage();
    }
    return BUFFER_NAME
        + ":1:"
        + (offset + 1)
        + ": error: "
        + getMessage()
        + "\n"
        + text
        + "\n"
        + " ".repeat(offset)
        + "^";
  }
}
