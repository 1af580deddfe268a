export const ALL_EVENTS = '*';

/** Splits a comma-separated parameter into its trimmed, non-empty entries. */
export function parseList(commaSeparated: string | undefined): string[] {
	if (!commaSeparated) return [];
	return commaSeparated
		.split(',')
		.map((entry) => entry.trim())
		.filter((entry) => entry !== '');
}

export function isEventSelected(eventType: string, selectedEvents: readonly string[]): boolean {
	return selectedEvents.includes(ALL_EVENTS) || selectedEvents.includes(eventType);
}

/** True when a changed field is one of the watched paths or lies below one of them. */
export function touchesWatchedFields(
	changedFields: readonly string[],
	watchedPaths: readonly string[],
): boolean {
	return changedFields.some((field) =>
		watchedPaths.some((path) => field === path || field.startsWith(`${path}.`)),
	);
}
