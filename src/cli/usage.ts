export function usageText(): string {
  return `akrim: A-krim rapportering på kommandolinjen / on the command line

  npm run akrim -- template --unit U --agency A --period P [--catalogue FILE] -o FILE.xlsx
  npm run akrim -- validate FILE... [--format text|json] [--catalogue FILE]
  npm run akrim -- rollup FILE [--format text|json] [--catalogue FILE]
  npm run akrim -- consolidate FILE... -o OUT.xlsx [--format text|json] [--catalogue FILE]

Exit codes: 0 no errors (warnings allowed); 1 at least one error finding; 2 a file could not be read or wrong usage.
`;
}
