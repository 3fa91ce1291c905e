import { resourceOperations } from '../../../shared/description/operations';
import * as add from './add';
import * as getAll from './getAll';
import * as remove from './remove';

export const favoriteDescription = resourceOperations('favorite', 'getAll', [add, getAll, remove]);
