export function referenceCanonicalJson(value: unknown): string;
export function referenceFingerprint(event: { eventType: string; data: unknown; previousAttributes: unknown }): string;
