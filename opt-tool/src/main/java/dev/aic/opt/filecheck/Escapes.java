package dev.aic.opt.filecheck;

/** LLVM's {@code raw_ostream::write_escaped}: C escapes and octal for unprintable bytes. */
final class Escapes {
  private Escapes() {}

  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '"' -> sb.append("\\\"");
        default -> {
          if (c >= 0x20 && c < 0x7f) {
            sb.append(c);
          } else {
            sb.append('\\')
                .append((char) ('0' + ((c >> 6) & 7)))
                .append((char) ('0' + ((c >> 3) & 7)))
                .append((char) ('0' + (c & 7)));
          }
        }
      }
    }
    return sb.toString();
  }
}
