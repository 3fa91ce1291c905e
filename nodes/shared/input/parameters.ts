import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidField } from './validation';

/*
 * Parameter reading, one module for the three integrations: text, required text, whole numbers and
 * (re-exported from pathId.ts, the one implementation) IDs that go into a URL path.
 */

export {
	fillPath,
	pathId,
	pathSegment,
	placeholders,
	segmentProblem,
	type PathId,
	type PathParameter,
} from './pathId';

/** Any value as text, untrimmed ('' for null/undefined): for values read back from an API. */
export function rawText(value: unknown): string {
	return value === undefined || value === null ? '' : String(value);
}

/** Any value as trimmed text ('' for null/undefined): for what a user typed or an expression gave. */
export function text(value: unknown): string {
	return rawText(value).trim();
}

/** A required value (e.g. a field of a list row), as trimmed text; blank is refused naming the field. */
export function requiredValue(
	context: IExecuteSingleFunctions,
	value: unknown,
	label: string,
	fix: string,
): string {
	const trimmed = text(value);
	if (!trimmed) throw invalidField(context, label, 'is required', fix);
	return trimmed;
}

/** A required text parameter, trimmed; blank (e.g. from an expression) is refused naming the field. */
export function requireText(
	context: IExecuteSingleFunctions,
	name: string,
	label: string,
	fix: string,
): string {
	return requiredValue(context, context.getNodeParameter(name, ''), label, fix);
}

/** An optional text parameter, trimmed ('' when not set). */
export function optionalText(context: IExecuteSingleFunctions, name: string): string {
	return text(context.getNodeParameter(name, ''));
}

/**
 * A whole number of at least `min`; numeric text is accepted (expressions often yield text). Blank
 * is "is required"; anything else that is not such a number names what it got.
 */
export function wholeNumber(
	context: IExecuteSingleFunctions,
	value: unknown,
	label: string,
	min: number,
	fix = `Set ${label} to ${min} or more.`,
): number {
	if (text(value) === '') throw invalidField(context, label, 'is required', fix);
	const n = typeof value === 'string' ? Number(value.trim()) : value;
	if (typeof n !== 'number' || !Number.isInteger(n) || n < min) {
		throw invalidField(
			context,
			label,
			`must be a whole number of at least ${min} (got ${JSON.stringify(value)})`,
			fix,
		);
	}
	return n;
}
