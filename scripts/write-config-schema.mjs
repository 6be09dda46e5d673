#!/usr/bin/env node
// `npm run schema` (after `npm run build`): write schema/config.schema.json
// from CONFIG_SCHEMA, the object the validator uses, so that the published
// schema and the validator cannot drift. test/config/config-schema-file.test.ts
// fails when the committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { CONFIG_SCHEMA } from '../dist/config/schema.js';

writeFileSync(new URL('../schema/config.schema.json', import.meta.url), `${JSON.stringify(CONFIG_SCHEMA, null, 2)}\n`);
