/**
 * Reads the TypeScript types of the parameters of Copilot's SDK (its generated DefaultService.d.ts)
 * into the fake's shape data (test/fake-copilot-api/shape.js): which fields exist, which are required,
 * their types, and the values a field allows, from a union of literals or from its description
 * ("Can be one of `individual`, `group` or `company`.", "one of todo/inProgress/completed").
 */

export interface Shape {
	type: 'string' | 'number' | 'boolean' | 'array' | 'object' | 'map' | 'any' | 'null';
	required?: boolean;
	enum?: string[];
	items?: Shape;
	maxItems?: number;
	fields?: Record<string, Shape>;
	/** The field's doc comment, for reading enums and for reports. */
	description?: string;
}

/**
 * The values a description names as the only ones allowed, if it names any: a list right after "one
 * of", "values are", "values:" or "must be either", in backticks or as words joined by "/", "," or
 * "or". ("One of the companies that..." and "the values are an array of ..." name none.)
 */
export function enumFromDescription(description: string): string[] | undefined {
	const match = /(?:\bone of|\bvalues(?: are|:)|\bmust be either)\s*:?\s*(`[^.]*|\w+(?:\s*(?:\/|,|\bor\b)\s*\w+)+)/i.exec(description);
	if (!match) return undefined;
	const quoted = [...match[1].matchAll(/`([^`]+)`/g)].map((found) => found[1]);
	return quoted.length > 0 ? quoted : match[1].split(/\s*(?:,|\/|\bor\b)\s*/).filter((word) => word !== '');
}

class TypeReader {
	private position = 0;
	private pendingComment = '';

	constructor(private readonly source: string) {}

	/** Skips whitespace, collecting doc comments (several blocks in a row are joined). */
	private skip(): void {
		for (;;) {
			const rest = this.source.slice(this.position);
			const space = /^\s+/.exec(rest);
			if (space) {
				this.position += space[0].length;
				continue;
			}
			if (rest.startsWith('/*')) {
				const end = this.source.indexOf('*/', this.position);
				const text = this.source
					.slice(this.position + 2, end)
					.replace(/^\*|\n\s*\*/g, ' ')
					.replace(/\s+/g, ' ')
					.trim();
				this.pendingComment = `${this.pendingComment} ${text}`.trim();
				this.position = end + 2;
				continue;
			}
			return;
		}
	}

	private peek(token: string): boolean {
		this.skip();
		return this.source.startsWith(token, this.position);
	}

	private expect(token: string): void {
		if (!this.peek(token)) throw new Error(`Expected "${token}" at ${this.source.slice(this.position, this.position + 40)}`);
		this.position += token.length;
	}

	private identifier(): string {
		this.skip();
		const found = /^\w+/.exec(this.source.slice(this.position));
		if (!found) throw new Error(`Expected a name at ${this.source.slice(this.position, this.position + 40)}`);
		this.position += found[0].length;
		return found[0];
	}

	/** `{ a?: T; b: U; }` */
	readObject(): Shape {
		this.expect('{');
		const fields: Record<string, Shape> = {};
		this.pendingComment = '';
		while (!this.peek('}')) {
			const description = this.pendingComment;
			this.pendingComment = '';
			const name = this.identifier();
			const optional = this.peek('?');
			if (optional) this.expect('?');
			this.expect(':');
			const type = this.readType();
			this.expect(';');
			const values = type.type === 'string' && !type.enum ? enumFromDescription(description) : undefined;
			fields[name] = { ...type, ...(values ? { enum: values } : {}), required: !optional, description };
			this.pendingComment = '';
		}
		this.expect('}');
		return { type: 'object', fields };
	}

	/** A type, with any `[]` after it and any `| null` alternatives (answers type some fields nullable). */
	readType(): Shape {
		let type = this.readSingleType();
		while (this.peek('[]')) {
			this.expect('[]');
			type = { type: 'array', items: type };
		}
		while (this.peek('|')) {
			this.expect('|');
			const other = this.readSingleType();
			if (type.type === 'null') type = other;
			else if (other.type !== 'null' && other.type !== type.type) type = { type: 'any' };
		}
		return type;
	}

	private readSingleType(): Shape {
		this.skip();
		if (this.peek('{')) return this.readObject();
		if (this.peek("'")) {
			const values: string[] = [];
			do {
				if (values.length > 0) this.expect('|');
				this.expect("'");
				const end = this.source.indexOf("'", this.position);
				values.push(this.source.slice(this.position, end));
				this.position = end + 1;
			} while (this.peek('|'));
			return { type: 'string', enum: values };
		}
		const name = this.identifier();
		if (name === 'Array') {
			this.expect('<');
			const items = this.readType();
			this.expect('>');
			return { type: 'array', items };
		}
		if (name === 'Record') {
			this.expect('<');
			this.readType();
			this.expect(',');
			this.readType();
			this.expect('>');
			return { type: 'map' };
		}
		if (name === 'string' || name === 'number' || name === 'boolean' || name === 'any' || name === 'null') return { type: name };
		if (name === 'unknown' || name === 'object') return { type: 'any' };
		throw new Error(`Unknown type ${name}`);
	}
}

/** The type of what one `static name(...): CancelablePromise<T>` declaration answers: T. */
export function readResponseType(declaration: string): Shape | undefined {
	const start = declaration.indexOf('CancelablePromise<');
	if (start < 0) return undefined;
	return new TypeReader(declaration.slice(start + 'CancelablePromise<'.length)).readType();
}

/** The parameter object type of one `static name({ ... }: { ... })` declaration: path, query and body. */
export function readParameterTypes(declaration: string): Shape | undefined {
	const start = declaration.indexOf('}: {');
	if (start < 0) return undefined;
	return new TypeReader(declaration.slice(start + 3)).readObject();
}
