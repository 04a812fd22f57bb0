import type { Reporter, TestModule, TestRunEndReason } from "vitest/node";

/**
 * Prints one closing line `N passed, N failed, N skipped` computed from vitest's own results.
 * CI reads that line; a test file that failed to load, or a run that
 * failed outside any test, counts as one failure.
 */
export default class CountReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<unknown>,
    reason: TestRunEndReason,
  ): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const mod of testModules) {
      let cases = 0;
      for (const test of mod.children.allTests()) {
        cases++;
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
      if (cases === 0 && mod.state() === "failed") failed++;
    }
    // A run that failed outside any test (e.g. global setup) must not read as green.
    if (reason === "failed" && failed === 0) failed = 1;
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
