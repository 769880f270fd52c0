# -*- Python -*-
# The aic regression suite. LLVM's lit (/usr/lib/llvm-22/bin/lit) and aic's own runner
# (bin/aic-lit, dev.aic.opt.lit) both read this file; aic-lit understands only the statements
# listed in docs/lit.md and warns about any other, so keep to them.

import os
import shutil

import lit.formats

config.name = "aic"
config.test_format = lit.formats.ShTest(False)
config.suffixes = [".mlir", ".test", ".txt"]
config.excludes = ["README.md", "lit.cfg.py", "Inputs"]

config.test_source_root = os.path.dirname(__file__)
aic_root = os.path.dirname(os.path.dirname(config.test_source_root))

# aic-opt comes from the repository's bin/ (run through ToolMain); FileCheck, not and split-file
# from LLVM's tools. aic-lit runs in-process tools of the same names instead when it has them.
llvm_tools_dir = "/usr/lib/llvm-22/bin"
config.environment["PATH"] = os.pathsep.join(
    [os.path.join(aic_root, "bin"), llvm_tools_dir, config.environment["PATH"]]
)

# Interop tests feed aic's output to the real mlir-opt.
if shutil.which("mlir-opt", path=config.environment["PATH"]):
    config.available_features.add("mlir-opt")
