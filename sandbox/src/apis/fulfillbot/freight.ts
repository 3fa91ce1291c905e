import { badRequest, notFound, round2 } from './common';
import type { FulfillbotChannel, FulfillbotState } from './model';

/** Volumetric divisor: L×W×H (cm) / 5000 = kg, the air-freight convention the issue states. */
export const VOLUMETRIC_DIVISOR = 5000;

export interface Parcel {
	/** Grams. */
	weight: number;
	length?: number;
	width?: number;
	height?: number;
}

/** Actual, volumetric (0 without dimensions) and charge weight, all in grams. */
export function weights(parcel: Parcel): {
	actualWeight: number;
	volumetricWeight: number;
	chargeWeight: number;
} {
	const dims = [parcel.length, parcel.width, parcel.height];
	const given = dims.filter((d) => d !== undefined).length;
	if (given !== 0 && given !== 3)
		throw badRequest('length, width, height: give all three dimensions or none');
	const volumetricWeight =
		given === 3
			? Math.ceil(((parcel.length! * parcel.width! * parcel.height!) / VOLUMETRIC_DIVISOR) * 1000)
			: 0;
	return {
		actualWeight: parcel.weight,
		volumetricWeight,
		chargeWeight: Math.max(parcel.weight, volumetricWeight),
	};
}

/** First weight at firstPrice, then each started additionalWeight at additionalPrice. */
export function price(channel: FulfillbotChannel, chargeWeight: number): number {
	const extraUnits = Math.max(
		0,
		Math.ceil((chargeWeight - channel.firstWeight) / channel.additionalWeight),
	);
	return round2(channel.firstPrice + extraUnits * channel.additionalPrice);
}

export function serves(
	channel: FulfillbotChannel,
	country: string | undefined,
	grams: number | undefined,
): boolean {
	return (
		(!country || channel.countries.includes(country)) &&
		(grams === undefined || (grams >= channel.weightRange.min && grams <= channel.weightRange.max))
	);
}

export function findChannel(state: FulfillbotState, channelId: string): FulfillbotChannel {
	const channel = state.channels.find((c) => c.channelId === channelId);
	if (!channel) throw notFound(`Shipping channel ${channelId} not found`);
	return channel;
}

export function checkCountry(state: FulfillbotState, country: string, field = 'country'): void {
	if (!state.countries.some((c) => c.code === country))
		throw badRequest(
			`${field}: ${country} is not a supported destination (see GET /logistics/countries)`,
		);
}

/** A quote as calculate-freight(-batch) shows it. */
export function quote(channel: FulfillbotChannel, parcel: Parcel) {
	const w = weights(parcel);
	return {
		channelId: channel.channelId,
		name: channel.name,
		...w,
		totalPrice: price(channel, w.chargeWeight),
		currency: 'CNY',
		deliveryDays: channel.deliveryDays,
	};
}

/** Refuses a channel that cannot carry this parcel to this country. */
export function checkChannelServes(
	channel: FulfillbotChannel,
	country: string,
	chargeWeight: number,
	field = 'channelId',
): void {
	if (!channel.countries.includes(country))
		throw badRequest(
			`${field}: ${channel.channelId} (${channel.name}) does not ship to ${country}`,
		);
	const { min, max } = channel.weightRange;
	if (chargeWeight < min || chargeWeight > max)
		throw badRequest(
			`${field}: ${channel.channelId} (${channel.name}) carries ${min}-${max} g, not ${chargeWeight} g`,
		);
}
