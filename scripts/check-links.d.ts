export function createChecker(root: string): { check(file: string): string[]; files(): string[] };
export function repositoryPath(
	url: string,
	repository: { owner: string; name: string } | undefined,
): { path: string; anchor: string | undefined } | undefined;
