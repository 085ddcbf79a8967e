// Settings → Team's checks: the server address, the database name, the one origin asked for.
import { describe, expect, it } from 'vitest';
import {
  configProblems,
  databaseUrl,
  EMPTY_CONFIG,
  mirrorName,
  originPattern,
  parseServer,
  statusProblem,
} from '@/utils/sync/config';

const ok = { ...EMPTY_CONFIG, server: 'https://couch.example.com', database: 'acme-photos', name: 'Li Wei' };

describe('Settings → Team', () => {
  it('accepts HTTPS anywhere and plain HTTP only on this machine', () => {
    expect(configProblems(ok)).toEqual([]);
    expect(configProblems({ ...ok, server: 'http://127.0.0.1:5984' })).toEqual([]);
    expect(configProblems({ ...ok, server: 'http://couch.example.com' })).toEqual(['insecure']);
    expect(configProblems({ ...ok, server: 'couch.example.com' })).toEqual(['server']);
    expect(configProblems({ ...ok, server: 'https://admin:secret@couch.example.com' })).toEqual(['server']);
    expect(configProblems({ ...ok, server: 'ftp://couch.example.com' })).toEqual(['server']);
  });

  it('names every problem at once: database name (CouchDB rule) and the person’s name', () => {
    expect(configProblems({ ...ok, database: 'Acme Photos', name: '  ' })).toEqual(['database', 'name']);
    expect(configProblems({ ...ok, database: '_users' })).toEqual(['database']);
  });

  it('asks for the one server origin, any port, and builds the database URL under a path prefix', () => {
    expect(originPattern('https://couch.example.com:6984/')).toBe('https://couch.example.com/*');
    expect(originPattern('http://127.0.0.1:5985')).toBe('http://127.0.0.1/*');
    expect(databaseUrl({ server: 'https://host/couch', database: 'a/b' })).toBe('https://host/couch/a%2Fb');
    expect(parseServer('http://localhost:5984')).toBeInstanceOf(URL);
  });

  it('keeps one mirror per server and database', () => {
    expect(mirrorName(ok)).not.toBe(mirrorName({ ...ok, database: 'other' }));
  });

  it('says what a failed request means', () => {
    expect(statusProblem(0)).toBe('offline');
    expect(statusProblem(401)).toBe('unauthorized');
    expect(statusProblem(404)).toBe('no-database');
    expect(statusProblem(500)).toBe('server');
  });
});
