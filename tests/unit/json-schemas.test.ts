import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_DIR, jsonSchemas } from '../../src/cli/json-schemas';
import { HINTS, TRANSLATION_HINTS } from '../../src/schemas/hints';

const generated = jsonSchemas();

describe('JSON Schemas for editors', () => {
  it('are up to date with the zod schemas (run `npm run schemas` after changing a schema)', () => {
    expect(readdirSync(JSON_SCHEMA_DIR).sort()).toEqual(Object.keys(generated).sort());
    for (const [name, text] of Object.entries(generated)) expect(readFileSync(join(JSON_SCHEMA_DIR, name), 'utf8'), name).toBe(text);
  });

  it('describe every field with a Slovenian hint', () => {
    for (const [name, text] of Object.entries(generated)) {
      const properties = (JSON.parse(text) as { properties: Record<string, { description?: string }> }).properties;
      for (const [field, property] of Object.entries(properties)) expect(property.description, `${name} ${field}`).toMatch(/\. .+ \| .+/);
    }
  });

  it('accept both the list and the single-item form staff write', () => {
    const centre = JSON.parse(generated['centres.schema.json']!) as { properties: { weeklyHours: { properties: { monday: { anyOf: { type: string }[] } } } } };
    expect(centre.properties.weeklyHours.properties.monday.anyOf.map((form) => form.type).sort()).toEqual(['array', 'object']);
  });

  it('carry the date and time patterns', () => {
    const project = JSON.parse(generated['projects.schema.json']!) as { properties: { updated: { pattern?: string }; period: { properties: { start: { pattern?: string } } } } };
    expect(project.properties.updated.pattern).toBeDefined();
    expect(project.properties.period.properties.start.pattern).toBeDefined();
  });

  it('have no hint for a field that does not exist', () => {
    const keysOf = (file: string): string[] => Object.keys((JSON.parse(generated[file]!) as { properties: object }).properties);
    for (const collection of Object.keys(HINTS) as (keyof typeof HINTS)[]) {
      expect(Object.keys(HINTS[collection]).sort(), collection).toEqual(keysOf(`${collection}.schema.json`).sort());
      expect(Object.keys(TRANSLATION_HINTS[collection]).sort(), `${collection} translation`).toEqual(keysOf(`${collection}.en.schema.json`).sort());
    }
  });
});
