package dev.aic.ir.type;

/** A tensor type, ranked ({@code tensor<4x?xf32>}) or unranked ({@code tensor<*xf32>}). */
public sealed interface TensorType extends ShapedType
    permits RankedTensorType, UnrankedTensorType {}
