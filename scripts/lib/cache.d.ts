export function cacheDir(): string;
export function installOnce(target: string, install: (into: string) => unknown): Promise<string>;
