export function usageText(): string {
  return `akrim: A-krimrapportering på kommandolinjen / a-krim reporting on the command line

  akrim template --unit U --agency A --period P [--part centre|line] [--catalogue FILE] -o FILE.xlsx
  akrim validate FILE... [--format text|json] [--catalogue FILE]
  akrim rollup FILE [--format text|json] [--catalogue FILE]
  akrim consolidate FILE... -o OUT.xlsx [--format text|json] [--catalogue FILE]
  akrim report FILE... -o REPORT.docx [--lang nb|en] [--catalogue FILE]
  akrim --version

I prosjektmappen / in the project folder: npm run akrim -- <kommando / command> ...

Exit codes: 0 no errors (warnings allowed); 1 at least one error finding; 2 a file could not be read or wrong usage.
`;
}
