export function nodeTooOld(version: string, execPath?: string): string | undefined;
export const MINIMUM: number[];
