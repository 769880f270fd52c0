package dev.aic.opt.filecheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the annotated input that FileCheck prints on failure ({@code --dump-input}): each input
 * line numbered, followed by marker lines such as {@code check:2'0 X~~ error: no match found}.
 */
final class InputDump {
  /** Which input lines the dump shows, besides their context. */
  enum Filter {
    ERROR,
    ANNOTATION,
    ANNOTATION_FULL,
    ALL
  }

  private static final int WHOLE_LINE = Integer.MAX_VALUE;

  /** One marker line under one input line. */
  private record Annotation(
      int diagIndex,
      String label,
      boolean firstLine,
      int line,
      int startCol,
      int endCol,
      char lead,
      String note,
      boolean error) {}

  private final Source input;
  private final Filter filter;
  private final int context;
  private final List<Annotation> annotations = new ArrayList<>();
  private int labelWidth;

  InputDump(Source input, Filter filter, int context) {
    this.input = input;
    this.filter = filter;
    this.context = context;
  }

  /** Turns the run's diagnostics into annotations, splitting those that span lines. */
  void annotate(List<MatchDiag> diags) {
    Map<Pattern, Integer> perPattern = new HashMap<>();
    for (MatchDiag diag : diags) {
      perPattern.merge(diag.pattern(), 1, Integer::sum);
    }
    Map<Pattern, Integer> indexPerPattern = new HashMap<>();
    int diagIndex = 0;
    for (MatchDiag diag : diags) {
      Pattern pattern = diag.pattern();
      StringBuilder label = new StringBuilder(diag.type().abbreviation()).append(':');
      if (pattern.implicitIndex() > 0) {
        label.append("imp").append(pattern.implicitIndex());
      } else {
        label.append(pattern.checkSource().line(pattern.loc()));
      }
      if (perPattern.get(pattern) > 1) {
        label.append('\'').append(indexPerPattern.merge(pattern, 1, Integer::sum) - 1);
      }
      labelWidth = Math.max(labelWidth, label.length());
      MatchType type = diag.matchType();
      char lead = type.lead();
      String note = type.note();
      if (!diag.note().isEmpty()) {
        note = diag.note();
        // A note without a range of its own gets no marker, only its text.
        if (diag.start() == diag.end()) {
          lead = ' ';
        }
      }
      if (type == MatchType.FOUND_ERROR_NOTE) {
        note = "error: " + note;
      }
      int startLine = input.line(diag.start());
      int startCol = input.column(diag.start());
      int endLine = input.line(diag.end());
      int endCol = input.column(diag.end());
      int index = diagIndex++;
      String text = label.toString();
      if (startLine == endLine) {
        annotations.add(
            new Annotation(
                index,
                text,
                true,
                startLine,
                startCol,
                Math.max(startCol + 1, endCol),
                lead,
                note,
                type.isError()));
        continue;
      }
      annotations.add(
          new Annotation(
              index, text, true, startLine, startCol, WHOLE_LINE, lead, note, type.isError()));
      for (int line = startLine + 1; line <= endLine; line++) {
        if (endCol == 1 && line == endLine) {
          break;
        }
        annotations.add(
            new Annotation(
                index,
                text,
                false,
                line,
                1,
                line != endLine ? WHOLE_LINE : endCol,
                '~',
                "",
                type.isError()));
      }
    }
  }

  /** Prints the dump of the whole input with the annotations. */
  void print(StringBuilder out) {
    out.append("Input was:\n<<<<<<\n");
    annotations.sort(
        Comparator.comparingInt(Annotation::line).thenComparingInt(Annotation::diagIndex));
    String text = input.text();
    int lineCount = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lineCount++;
      }
    }
    if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
      lineCount++;
    }
    int lineNumberWidth = String.valueOf(Math.max(lineCount, 1)).length();
    int width = Math.max(labelWidth, lineNumberWidth) + 3;
    StringBuilder elided = new StringBuilder();
    int pos = 0;
    int next = 0;
    int previousInFilter = 0;
    int nextInFilter = 0;
    for (int line = 1; pos < text.length() || next < annotations.size(); line++) {
      if (nextInFilter < line) {
        nextInFilter = nextLineInFilter(line, next);
      }
      if (nextInFilter == line) {
        previousInFilter = line;
      }
      StringBuilder lineOut;
      if ((previousInFilter == 0 || previousInFilter + context < line)
          && (nextInFilter == Integer.MAX_VALUE || line + context < nextInFilter)) {
        lineOut = elided;
      } else {
        lineOut = out;
        flushElided(out, elided, width);
      }
      String number = String.valueOf(line);
      lineOut.append(" ".repeat(Math.max(0, width - number.length()))).append(number).append(": ");
      int lineStart = pos;
      boolean newline = false;
      while (pos < text.length() && !newline) {
        char c = text.charAt(pos++);
        newline = c == '\n';
        lineOut.append(newline ? ' ' : c);
      }
      lineOut.append('\n');
      int lineWidth = pos - lineStart;
      while (next < annotations.size() && annotations.get(next).line() == line) {
        appendAnnotation(lineOut, annotations.get(next++), width, lineWidth);
      }
    }
    flushElided(out, elided, width);
    out.append(">>>>>>\n");
  }

  private int nextLineInFilter(int line, int from) {
    if (filter == Filter.ALL) {
      return line;
    }
    for (int i = from; i < annotations.size(); i++) {
      Annotation a = annotations.get(i);
      boolean wanted =
          switch (filter) {
            case ANNOTATION_FULL -> true;
            case ANNOTATION -> a.firstLine();
            default -> a.firstLine() && a.error();
          };
      if (wanted) {
        return a.line();
      }
    }
    return Integer.MAX_VALUE;
  }

  /** Prints elided lines as they are if that is shorter than an ellipsis, else the ellipsis. */
  private static void flushElided(StringBuilder out, StringBuilder elided, int width) {
    if (elided.length() == 0) {
      return;
    }
    long lines = elided.chars().filter(c -> c == '\n').count();
    if (lines > 3) {
      for (int i = 0; i < 3; i++) {
        out.append(" ".repeat(width - 1)).append(".\n");
      }
    } else {
      out.append(elided);
    }
    elided.setLength(0);
  }

  private static void appendAnnotation(StringBuilder out, Annotation a, int width, int lineWidth) {
    out.append(a.label()).append(" ".repeat(width - a.label().length())).append("  ");
    int col = 1;
    for (; col < a.startCol(); col++) {
      out.append(' ');
    }
    out.append(a.lead());
    for (col++; col < a.endCol() && col <= lineWidth; col++) {
      out.append('~');
    }
    if (!a.note().isEmpty()) {
      for (; col <= lineWidth; col++) {
        out.append(' ');
      }
      out.append(' ').append(a.note());
    }
    out.append('\n');
  }
}
