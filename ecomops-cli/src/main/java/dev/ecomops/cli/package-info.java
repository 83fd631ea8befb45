/**
 * The {@code ecomops} command line: a thin picocli front end that composes the domain modules
 * over their in-memory SPIs. No domain logic lives here. Exit codes: 0 success, 1 internal
 * error, 2 bad input (the message names the file, line and field).
 */
@NullMarked
package dev.ecomops.cli;

import org.jspecify.annotations.NullMarked;
