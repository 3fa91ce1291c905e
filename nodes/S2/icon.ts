import type { Icon } from 'n8n-workflow';

/** The S2 nodes' icon, light and dark (paths from this folder, as the node files and dist/ have them). */
export const S2_ICON: Icon = {
	light: 'file:../../icons/s2.svg',
	dark: 'file:../../icons/s2.dark.svg',
};
