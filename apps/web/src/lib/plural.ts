/** "1 change", "3 changes"; `many` for irregular plurals ("1 entry", "2 entries"). */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
