package dev.aic.text.parse;

import java.util.Arrays;
import org.antlr.v4.runtime.atn.ATNSimulator;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;

/**
 * ANTLR's lexer DFA copied, edge by edge as it is used, into one flat array of ints: a step is then
 * one array load, where ANTLR's objects cost three dependent loads (the state's edge array, the
 * edge, the target's accept flag). Rows are DFA states, columns the ASCII characters ANTLR caches
 * edges for. Owned by one lexer, so it needs no locking; the {@link DFA} it copies from is ANTLR's
 * cache, shared by all lexers of the grammar.
 */
final class FlatDfa {
  /** Characters per row: ANTLR caches edges for ASCII only. */
  static final int WIDTH = LexerATNSimulator.MAX_DFA_EDGE + 1;

  /** {@link #next}: the DFA has no edge for this character yet. */
  static final int UNKNOWN = 0;

  /** {@link #next}: no token continues with this character. */
  static final int ERROR = -1;

  /** {@link #kind}: the state accepts no token. */
  static final int NONE = Integer.MIN_VALUE;

  private static final int SHIFT = Integer.numberOfTrailingZeros(WIDTH);

  private final DFA dfa;
  private int start = UNKNOWN;
  // Row r holds the DFA state numbered r - 1, so that 0 can mean UNKNOWN in the table.
  private int[] table = new int[64 * WIDTH];
  private int[] kinds = new int[64];
  private DFAState[] states = new DFAState[64];

  static {
    if (LexerATNSimulator.MIN_DFA_EDGE != 0 || Integer.bitCount(WIDTH) != 1) {
      throw new IllegalStateException("ANTLR's DFA edge range changed");
    }
  }

  FlatDfa(DFA dfa) {
    this.dfa = dfa;
  }

  /** Whether this is a copy of {@code dfa}; clearing ANTLR's cache replaces its DFA object. */
  boolean copies(DFA dfa) {
    return this.dfa == dfa;
  }

  /** The row of the start state, or {@link #UNKNOWN} before ANTLR has made one. */
  int start() {
    if (start == UNKNOWN) {
      // ANTLR sets its DFA's start state once.
      DFAState first = dfa.s0;
      start = first == null ? UNKNOWN : row(first);
    }
    return start;
  }

  /** The row after {@code row} on character {@code c}, or {@link #UNKNOWN} or {@link #ERROR}. */
  int next(int row, char c) {
    int next = table[(row << SHIFT) | c];
    return next != UNKNOWN ? next : copyEdge(row, c);
  }

  /** The token kind that {@code row} accepts, or {@link #NONE}. */
  int kind(int row) {
    return kinds[row];
  }

  private int row(DFAState state) {
    // A DFA's states are numbered from 0 up as ANTLR adds them.
    int row = state.stateNumber + 1;
    if (row >= states.length || states[row] == null) {
      add(row, state);
    }
    return row;
  }

  private int copyEdge(int row, char c) {
    DFAState[] edges = states[row].edges;
    DFAState target = edges == null ? null : edges[c];
    if (target == null) {
      return UNKNOWN;
    }
    int next = target == ATNSimulator.ERROR ? ERROR : row(target);
    table[(row << SHIFT) | c] = next;
    return next;
  }

  private void add(int row, DFAState state) {
    if (row >= states.length) {
      int size = Math.max(row + 1, states.length * 2);
      table = Arrays.copyOf(table, size * WIDTH);
      kinds = Arrays.copyOf(kinds, size);
      states = Arrays.copyOf(states, size);
    }
    states[row] = state;
    kinds[row] = state.isAcceptState ? state.prediction : NONE;
  }
}
