/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../../context';
import { countryCode } from './common';
import {
	checkChannelServes,
	checkCountry,
	findChannel,
	quote,
	serves,
	VOLUMETRIC_DIVISOR,
	weights,
} from './freight';
import { channelView } from './present';
import { fulfillbotRoute } from './route';

const CARGO_TYPES = ['general', 'sensitive', 'battery', 'liquid'] as const;
const grams = z.number().int().min(1);
const cm = z.number().positive();

const methodsQuery = z.object({
	country: countryCode.optional(),
	weight: z.coerce.number().int().min(1).optional(),
	cargoType: z.enum(CARGO_TYPES).optional(),
});
const batchBody = z.strictObject({
	country: countryCode,
	weight: grams,
	length: cm.optional(),
	width: cm.optional(),
	height: cm.optional(),
});
/** Inferred: the docs show no body for one channel; this is the batch body plus the channel. */
const singleBody = batchBody.extend({ channelId: z.string().trim().min(1) });
const channelParams = z.object({ channelId: z.string().min(1) });

export function registerLogistics(app: FastifyInstance, ctx: SandboxContext): void {
	const fb = () => ctx.state.fulfillbot;

	fulfillbotRoute(app, 'GET', '/logistics/countries', {}, () => ({ data: fb().countries }));

	fulfillbotRoute(
		app,
		'GET',
		'/logistics/shipping-methods',
		{ querystring: methodsQuery },
		(request) => {
			const { country, weight, cargoType } = request.query as z.output<typeof methodsQuery>;
			if (country) checkCountry(fb(), country);
			const channels = fb().channels.filter(
				(c) => serves(c, country, weight) && (!cargoType || c.supportedCargo.includes(cargoType)),
			);
			return { data: channels.map(channelView) };
		},
	);

	fulfillbotRoute(app, 'POST', '/logistics/calculate-freight', { body: singleBody }, (request) => {
		const body = request.body as z.output<typeof singleBody>;
		checkCountry(fb(), body.country);
		const channel = findChannel(fb(), body.channelId);
		checkChannelServes(channel, body.country, weights(body).chargeWeight);
		return { data: quote(channel, body) };
	});

	fulfillbotRoute(
		app,
		'POST',
		'/logistics/calculate-freight-batch',
		{ body: batchBody },
		(request) => {
			const body = request.body as z.output<typeof batchBody>;
			checkCountry(fb(), body.country);
			const { chargeWeight } = weights(body);
			const channels = fb().channels.filter((c) => serves(c, body.country, chargeWeight));
			return { data: { channels: channels.map((c) => quote(c, body)) } };
		},
	);

	fulfillbotRoute(
		app,
		'GET',
		'/logistics/shipping-methods/:channelId/pricing',
		{ params: channelParams },
		(request) => {
			const c = findChannel(fb(), (request.params as z.output<typeof channelParams>).channelId);
			return {
				data: {
					channelId: c.channelId,
					name: c.name,
					carrier: c.carrier,
					currency: 'CNY',
					firstWeight: c.firstWeight,
					firstPrice: c.firstPrice,
					additionalWeight: c.additionalWeight,
					additionalPrice: c.additionalPrice,
					volumetricDivisor: VOLUMETRIC_DIVISOR,
					weightRange: c.weightRange,
					countries: c.countries,
					supportedCargo: c.supportedCargo,
					deliveryDays: c.deliveryDays,
				},
			};
		},
	);
}
