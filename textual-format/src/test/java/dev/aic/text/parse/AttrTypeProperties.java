package dev.aic.text.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aic.ir.Context;
import dev.aic.ir.affine.AffineExpr;
import dev.aic.ir.affine.AffineMap;
import dev.aic.ir.attr.AffineMapAttr;
import dev.aic.ir.attr.ArrayAttr;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.DenseArrayAttr;
import dev.aic.ir.attr.DenseIntOrFPElementsAttr;
import dev.aic.ir.attr.DictionaryAttr;
import dev.aic.ir.attr.FloatAttr;
import dev.aic.ir.attr.IntegerAttr;
import dev.aic.ir.attr.NamedAttribute;
import dev.aic.ir.attr.StridedLayoutAttr;
import dev.aic.ir.attr.StringAttr;
import dev.aic.ir.attr.SymbolRefAttr;
import dev.aic.ir.attr.TypeAttr;
import dev.aic.ir.loc.CallSiteLoc;
import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.ir.loc.Location;
import dev.aic.ir.loc.NameLoc;
import dev.aic.ir.type.ComplexType;
import dev.aic.ir.type.FloatKind;
import dev.aic.ir.type.FloatType;
import dev.aic.ir.type.FunctionType;
import dev.aic.ir.type.IndexType;
import dev.aic.ir.type.IntegerType;
import dev.aic.ir.type.IntegerType.Signedness;
import dev.aic.ir.type.MemRefType;
import dev.aic.ir.type.OpaqueType;
import dev.aic.ir.type.RankedTensorType;
import dev.aic.ir.type.ShapedType;
import dev.aic.ir.type.TupleType;
import dev.aic.ir.type.Type;
import dev.aic.ir.type.UnrankedTensorType;
import dev.aic.ir.type.VectorType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.eclipse.collections.impl.factory.primitive.BooleanLists;
import org.eclipse.collections.impl.factory.primitive.LongLists;

/**
 * Random builtin types and attributes built in Java parse back from their text to an equal value;
 * random mutations of valid text give a value or a diagnostic, never another exception.
 */
class AttrTypeProperties {
  /** One context for the whole run: values are interned in it and compared with equals. */
  private static final Context CTX = ParseHarness.context();

  @Property(tries = 400)
  void typesRoundTrip(@ForAll("types") Type type) {
    ParseHarness.Result<Type> result =
        ParseHarness.parse(ParseHarness.context(), type.toString(), AttrTypeParser::parseType);
    assertEquals(type, result.value(), () -> type + ": " + result.diagnostics());
  }

  @Property(tries = 400)
  void attributesRoundTrip(@ForAll("attributes") Attribute attribute) {
    ParseHarness.Result<Attribute> result =
        ParseHarness.attribute(ParseHarness.context(), attribute.toString());
    assertEquals(attribute, result.value(), () -> attribute + ": " + result.diagnostics());
  }

  @Property(tries = 2000)
  void mutationsGiveAValueOrADiagnostic(
      @ForAll("validTexts") String text, @ForAll("mutations") List<int[]> edits) {
    StringBuilder mutated = new StringBuilder(text);
    for (int[] edit : edits) {
      int at = Math.floorMod(edit[0], mutated.length() + 1);
      char c = (char) edit[2];
      switch (edit[1]) {
        case 0 -> mutated.insert(at, c);
        case 1 -> {
          if (at < mutated.length()) {
            mutated.deleteCharAt(at);
          }
        }
        default -> {
          if (at < mutated.length()) {
            mutated.setCharAt(at, c);
          }
        }
      }
    }
    // Any exception but ParseException fails the property; the harness catches that one.
    ParseHarness.Result<Attribute> result =
        ParseHarness.attribute(ParseHarness.context(), mutated.toString());
    if (result.value() == null) {
      assertEquals(false, result.diagnostics().isEmpty(), mutated::toString);
    }
  }

  // ---- generators ---------------------------------------------------------------------------

  @Provide
  Arbitrary<Type> types() {
    return Arbitraries.lazyOf(
        this::scalarTypes,
        this::scalarTypes,
        () ->
            scalarTypes().filter(t -> !(t instanceof IndexType)).map(t -> ComplexType.get(CTX, t)),
        () -> types().list().ofMaxSize(3).map(l -> TupleType.get(CTX, l)),
        () ->
            Combinators.combine(types().list().ofMaxSize(2), types().list().ofMaxSize(2))
                .as((in, out) -> FunctionType.get(CTX, in, out)),
        this::tensorTypes,
        this::vectorTypes,
        this::memrefTypes,
        () -> Arbitraries.of(OpaqueType.get(CTX, "foo", "bar<1, [x]>")));
  }

  Arbitrary<Type> scalarTypes() {
    Arbitrary<Type> ints =
        Combinators.combine(
                Arbitraries.integers().between(1, 130), Arbitraries.of(Signedness.class))
            .as((w, s) -> IntegerType.get(CTX, w, s));
    Arbitrary<Type> floats = Arbitraries.of(FloatKind.class).map(k -> FloatType.get(CTX, k));
    return Arbitraries.oneOf(ints, floats, Arbitraries.of(IndexType.get(CTX)));
  }

  private Arbitrary<long[]> shapes(boolean dynamic) {
    Arbitrary<Long> dim =
        dynamic
            ? Arbitraries.oneOf(
                Arbitraries.longs().between(0, 12), Arbitraries.of(ShapedType.DYNAMIC))
            : Arbitraries.longs().between(1, 12);
    return dim.list().ofMaxSize(4).map(l -> l.stream().mapToLong(Long::longValue).toArray());
  }

  Arbitrary<Type> tensorTypes() {
    Arbitrary<Type> ranked =
        Combinators.combine(shapes(true), scalarTypes())
            .as((s, e) -> RankedTensorType.get(CTX, s, e));
    return Arbitraries.oneOf(ranked, scalarTypes().map(e -> UnrankedTensorType.get(CTX, e)));
  }

  Arbitrary<Type> vectorTypes() {
    return Combinators.combine(shapes(false), scalarTypes(), Arbitraries.randoms())
        .as(
            (s, e, r) -> {
              boolean[] scalable = new boolean[s.length];
              for (int i = 0; i < s.length; i++) {
                scalable[i] = r.nextBoolean();
              }
              return VectorType.get(
                  CTX, LongLists.immutable.of(s), e, BooleanLists.immutable.of(scalable));
            });
  }

  Arbitrary<Type> memrefTypes() {
    return Combinators.combine(
            shapes(true),
            scalarTypes(),
            Arbitraries.integers().between(0, 3),
            Arbitraries.randoms())
        .as(
            (s, e, space, r) -> {
              StridedLayoutAttr layout = null;
              if (r.nextBoolean()) {
                long[] strides = new long[s.length];
                for (int i = 0; i < s.length; i++) {
                  strides[i] = r.nextInt(5) == 0 ? ShapedType.DYNAMIC : r.nextInt(100) - 50;
                }
                layout =
                    StridedLayoutAttr.get(CTX, LongLists.immutable.of(strides), r.nextInt(9) - 4);
              }
              Attribute memorySpace =
                  space == 0 ? null : IntegerAttr.get(CTX, IntegerType.get(CTX, 64), space);
              return MemRefType.get(CTX, LongLists.immutable.of(s), e, layout, memorySpace);
            });
  }

  @Provide
  Arbitrary<Attribute> attributes() {
    return Arbitraries.lazyOf(
        this::integerAttrs,
        this::floatAttrs,
        this::stringAttrs,
        () -> types().map(t -> TypeAttr.get(CTX, t)),
        () ->
            names()
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(l -> new SymbolRefAttr(l.get(0), l.subList(1, l.size()))),
        () -> attributes().list().ofMaxSize(3).map(l -> ArrayAttr.get(CTX, l)),
        this::dictionaries,
        this::denseAttrs,
        this::denseArrays,
        this::affineMaps,
        this::locations);
  }

  Arbitrary<String> names() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6),
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withChars('\n', '\t', 'é', '\u2603')
            .ofMinLength(1)
            .ofMaxLength(8));
  }

  Arbitrary<Attribute> integerAttrs() {
    return Combinators.combine(
            Arbitraries.of(8, 16, 32, 64, 1), Arbitraries.of(Signedness.class), Arbitraries.longs())
        .as(
            (w, s, v) -> {
              IntegerType t = IntegerType.get(CTX, w, s);
              BigInteger value = BigInteger.valueOf(v);
              BigInteger bits = value.mod(BigInteger.ONE.shiftLeft(w));
              boolean unsigned = s == Signedness.UNSIGNED || (w == 1 && s == Signedness.SIGNLESS);
              BigInteger canonical =
                  !unsigned && bits.testBit(w - 1)
                      ? bits.subtract(BigInteger.ONE.shiftLeft(w))
                      : bits;
              return (Attribute) IntegerAttr.get(CTX, t, canonical);
            });
  }

  Arbitrary<Attribute> floatAttrs() {
    return Combinators.combine(
            Arbitraries.of(
                FloatKind.F16,
                FloatKind.BF16,
                FloatKind.F32,
                FloatKind.F64,
                FloatKind.F8E4M3FN,
                FloatKind.F4E2M1FN),
            Arbitraries.longs())
        .as(
            (k, bits) -> {
              FloatType t = FloatType.get(CTX, k);
              BigInteger b = BigInteger.valueOf(bits).mod(BigInteger.ONE.shiftLeft(k.width()));
              return (Attribute) FloatAttr.fromBits(CTX, t, b);
            });
  }

  Arbitrary<Attribute> stringAttrs() {
    return Combinators.combine(names(), Arbitraries.of(true, false))
        .as((v, typed) -> CTX.intern(new StringAttr(v, typed ? IntegerType.get(CTX, 8) : null)));
  }

  Arbitrary<Attribute> dictionaries() {
    return Arbitraries.maps(names(), Arbitraries.lazy(this::attributes))
        .ofMaxSize(3)
        .map(
            m -> {
              List<NamedAttribute> entries = new ArrayList<>();
              Map<String, Attribute> sorted = new TreeMap<>(m);
              sorted.forEach((k, v) -> entries.add(new NamedAttribute(k, v)));
              return DictionaryAttr.of(entries);
            });
  }

  Arbitrary<Attribute> denseAttrs() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 130), Arbitraries.longs().between(-3, 3))
        .as(
            (n, v) -> {
              ShapedType t = RankedTensorType.get(CTX, new long[] {n}, IntegerType.get(CTX, 32));
              long[] values = new long[n];
              for (int i = 0; i < n; i++) {
                values[i] = v * i;
              }
              return (Attribute) DenseIntOrFPElementsAttr.ofLongs(CTX, t, values);
            });
  }

  Arbitrary<Attribute> denseArrays() {
    return Arbitraries.longs()
        .between(-100, 100)
        .list()
        .ofMaxSize(4)
        .map(
            l ->
                DenseArrayAttr.get(
                    CTX,
                    IntegerType.get(CTX, 32),
                    l.stream().mapToLong(Long::longValue).toArray()));
  }

  Arbitrary<Attribute> affineMaps() {
    Arbitrary<AffineExpr> leaf =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 1).map(AffineExpr::dim),
            Arbitraries.of(AffineExpr.symbol(0)),
            Arbitraries.longs().between(-5, 5).map(AffineExpr::constant));
    Arbitrary<AffineExpr> expr =
        Combinators.combine(leaf, leaf, leaf, Arbitraries.integers().between(0, 4))
            .as(
                (a, b, c, op) ->
                    switch (op) {
                      case 0 -> AffineExpr.add(a, AffineExpr.mul(b, 3));
                      case 1 ->
                          AffineExpr.sub(
                              AffineExpr.mul(a, c.isConstant() ? c : AffineExpr.symbol(0)), b);
                      case 2 -> AffineExpr.floorDiv(AffineExpr.add(a, b), 4);
                      case 3 -> AffineExpr.mod(a, AffineExpr.symbol(0));
                      default -> AffineExpr.ceilDiv(AffineExpr.neg(a), 2);
                    });
    return expr.list().ofMaxSize(3).map(l -> AffineMapAttr.get(CTX, AffineMap.get(CTX, 2, 1, l)));
  }

  Arbitrary<Attribute> locations() {
    Arbitrary<Location> file =
        Combinators.combine(
                names(),
                Arbitraries.integers().between(0, 999),
                Arbitraries.integers().between(0, 99))
            .as((f, l, c) -> (Location) new FileLineColLoc(f, l, c));
    Arbitrary<Location> named =
        Combinators.combine(names(), file).as((n, f) -> (Location) new NameLoc(n, f));
    Arbitrary<Location> call =
        Combinators.combine(named, file).as((a, b) -> (Location) new CallSiteLoc(a, b));
    return Arbitraries.oneOf(file, named, call).map(l -> (Attribute) l);
  }

  @Provide
  Arbitrary<String> validTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("roundtrip.tsv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          texts.add(line.split("\t", -1)[0]);
        }
      }
    }
    return Arbitraries.of(texts);
  }

  @Provide
  Arbitrary<List<int[]>> mutations() {
    Arbitrary<Character> chars =
        Arbitraries.oneOf(
            Arbitraries.of(
                '<', '>', '[', ']', '(', ')', '{', '}', '"', '\\', ':', ',', '-', 'x', '?', '#',
                '!', '@', '0', '9', ' ', '\n', '=', '*', '.'),
            Arbitraries.chars().range(' ', '~'));
    return Combinators.combine(
            Arbitraries.integers().between(0, 200), Arbitraries.integers().between(0, 2), chars)
        .as((at, kind, c) -> new int[] {at, kind, c})
        .list()
        .ofMinSize(1)
        .ofMaxSize(4);
  }
}
