package dev.aic.ir.pass;

/** One step of a pass manager: a pass, or a nested pass manager that runs on nested ops. */
public sealed interface PipelineEntry permits Pass, OpPassManager {}
