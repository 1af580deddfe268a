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

/**
 * Whether an event passes Only When Fields Changed. No watched paths: always. Changes unknown (null:
 * Copilot sent no previous values, as with every task event): only when the user has not chosen to
 * ignore such events, since "unknown" is not "no watched field changed". Otherwise: when a changed
 * field touches a watched path.
 */
export function passesFieldFilter(
	changes: ReadonlyArray<{ field: string }> | null,
	watchedPaths: readonly string[],
	ignoreUnknownChanges: boolean,
): boolean {
	if (watchedPaths.length === 0) return true;
	if (changes === null) return !ignoreUnknownChanges;
	return touchesWatchedFields(
		changes.map((change) => change.field),
		watchedPaths,
	);
}
