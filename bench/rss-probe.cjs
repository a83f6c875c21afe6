// Preloaded by the benchmark (node -r): on exit, writes the process's peak resident set size in bytes and its CPU
// time (user + system, ms) to the file named by AKRIM_BENCH_RSS, so that a command's memory is measured as the user's
// process has it, and its work as a figure a busy shared machine disturbs less than wall time.
"use strict";
process.on("exit", () => {
  if (process.env.AKRIM_BENCH_RSS) {
    const u = process.resourceUsage();
    require("node:fs").writeFileSync(
      process.env.AKRIM_BENCH_RSS,
      `${u.maxRSS * 1024} ${(u.userCPUTime + u.systemCPUTime) / 1000}`,
    );
  }
});
