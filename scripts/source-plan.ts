// Prints feed/local-sources.txt as generated from the source plan: `npm run -s source-plan > feed/local-sources.txt`.
import { localSourcesText } from '../src/core/sources/source-plan.ts';

process.stdout.write(localSourcesText());
