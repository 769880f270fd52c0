package dev.aic.text.parse;

/**
 * One token: its kind (a {@code MlirLexer} token type) and where it stands in the source.
 *
 * @param kind the token type
 * @param start the offset of the first character
 * @param end the offset after the last character
 * @param line the line in the file, counting from 1 (a split chunk's offset included)
 * @param column the column, counting from 1
 */
public record Token(int kind, int start, int end, int line, int column) {
  /** The number of characters. */
  public int length() {
    return end - start;
  }
}
