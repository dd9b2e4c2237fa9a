import { SotayDatabase } from '@/lib/db/schema';

/** Extension pages read the notebook directly; writes go through the background. */
export const db = new SotayDatabase();
