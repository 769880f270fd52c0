/** The contract between command-line tools and what runs them: launchers and the lit runner. */
package dev.aic.opt.tool;
