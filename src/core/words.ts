/** A count with its noun in the right number: counted(1, "advarsel", "advarsler") is "1 advarsel". */
export function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
