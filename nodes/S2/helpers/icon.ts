import type { Icon } from 'n8n-workflow';

/** The S2 nodes' icon, light and dark (paths from nodes/S2/, as built into dist/). */
export const S2_ICON: Icon = {
	light: 'file:../../icons/s2.svg',
	dark: 'file:../../icons/s2.dark.svg',
};
