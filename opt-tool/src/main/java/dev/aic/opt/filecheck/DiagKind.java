package dev.aic.opt.filecheck;

/** The severity of a message, printed before its text as LLVM's {@code SourceMgr} does. */
enum DiagKind {
  ERROR("error: "),
  REMARK("remark: "),
  NOTE("note: ");

  private final String label;

  DiagKind(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
