/** "1 photo", "3 photos": English only (Chinese needs no plural). */
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
