import { jest } from '@jest/globals'

/*
 * A browser test opens several pages of the built app; on a loaded two-core CI machine one admin
 * page can take ten seconds, so browser tests and their hooks get twice the node projects'
 * budget. (Jest applies only the top-level `testTimeout`; a project's own is ignored.)
 */
jest.setTimeout(120_000)
