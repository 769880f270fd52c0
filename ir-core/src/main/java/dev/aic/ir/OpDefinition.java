package dev.aic.ir;

import dev.aic.ir.sig.AttrSpec;
import dev.aic.ir.sig.OpSignature;
import dev.aic.ir.trait.OpTrait;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a registered operation is: its name, traits, interface implementations and verifiers.
 * Dialects build one per op (from a spec file or in Java) and register it in a {@link Context}.
 *
 * <pre>{@code
 * OpDefinition addi = OpDefinition.builder("arith.addi")
 *     .trait(Pure.INSTANCE).trait(Commutative.INSTANCE)
 *     .verifier(op -> ...)
 *     .build();
 * }</pre>
 */
public final class OpDefinition {
  private final String name;
  private final Map<Class<? extends OpTrait>, OpTrait> traits;
  private final Map<Class<?>, Object> interfaces;
  private final List<String> inherentAttributes;
  private final OpVerifier verifier;
  private final OpVerifier regionVerifier;
  private final OpSignature signature;

  private OpDefinition(Builder b) {
    this.name = b.name;
    this.traits = Map.copyOf(b.traits);
    this.interfaces = Map.copyOf(b.interfaces);
    this.inherentAttributes = List.copyOf(b.inherentAttributes);
    this.verifier = b.verifier;
    this.regionVerifier = b.regionVerifier;
    this.signature = b.signature;
  }

  /** Starts a definition of the op {@code dialect.mnemonic}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The full op name. */
  public String name() {
    return name;
  }

  /** The declared trait of this class, if any. */
  public <T extends OpTrait> Optional<T> trait(Class<T> traitClass) {
    return Optional.ofNullable(traitClass.cast(traits.get(traitClass)));
  }

  /** Whether a trait of this class is declared. */
  public boolean hasTrait(Class<? extends OpTrait> traitClass) {
    return traits.containsKey(traitClass);
  }

  /** All declared traits. */
  public List<OpTrait> traits() {
    return List.copyOf(traits.values());
  }

  /** The implementation of {@code iface} this op provides, if any. */
  public <I> Optional<I> interfaceImpl(Class<I> iface) {
    return Optional.ofNullable(iface.cast(interfaces.get(iface)));
  }

  /**
   * The names of the op's inherent attributes (MLIR's properties), which the generic form prints in
   * {@code <{...}>} apart from the discardable ones.
   */
  public List<String> inherentAttributes() {
    return inherentAttributes;
  }

  /** The named operands, results, attributes, regions and successors, if declared. */
  public Optional<OpSignature> signature() {
    return Optional.ofNullable(signature);
  }

  /** Runs the op's own verifier, which runs before its regions are verified. */
  public boolean verify(Operation op) {
    return verifier == null || verifier.verify(op);
  }

  /** Runs the op's region verifier, which runs after its regions are verified. */
  public boolean verifyRegions(Operation op) {
    return regionVerifier == null || regionVerifier.verify(op);
  }

  @Override
  public String toString() {
    return name;
  }

  /** Assembles an {@link OpDefinition}. */
  public static final class Builder {
    private final String name;
    private final Map<Class<? extends OpTrait>, OpTrait> traits = new LinkedHashMap<>();
    private final Map<Class<?>, Object> interfaces = new LinkedHashMap<>();
    private final List<String> inherentAttributes = new ArrayList<>();
    private OpVerifier verifier;
    private OpVerifier regionVerifier;
    private OpSignature signature;

    private Builder(String name) {
      if (name.indexOf('.') <= 0) {
        throw new IllegalArgumentException("op name '" + name + "' lacks a dialect prefix");
      }
      this.name = name;
    }

    /** Declares a trait; one per trait class. */
    public Builder trait(OpTrait trait) {
      if (traits.putIfAbsent(trait.getClass(), trait) != null) {
        throw new IllegalArgumentException(name + " declares " + trait.getClass() + " twice");
      }
      return this;
    }

    /** Provides the implementation of an interface. */
    public <I> Builder implement(Class<I> iface, I implementation) {
      interfaces.put(iface, iface.cast(implementation));
      return this;
    }

    /** Declares inherent attribute names. */
    public Builder inherentAttributes(String... names) {
      inherentAttributes.addAll(List.of(names));
      return this;
    }

    /** Sets the verifier that runs before the op's regions are verified. */
    public Builder verifier(OpVerifier verifier) {
      this.verifier = verifier;
      return this;
    }

    /** Sets the verifier that runs after the op's regions are verified. */
    public Builder regionVerifier(OpVerifier regionVerifier) {
      this.regionVerifier = regionVerifier;
      return this;
    }

    /** Declares the op's named pieces; their inherent attributes become inherent names. */
    public Builder signature(OpSignature signature) {
      this.signature = signature;
      signature.attributes().stream()
          .filter(AttrSpec::inherent)
          .map(AttrSpec::name)
          .filter(n -> !inherentAttributes.contains(n))
          .forEach(inherentAttributes::add);
      return this;
    }

    /** The finished definition. */
    public OpDefinition build() {
      return new OpDefinition(this);
    }
  }
}
