import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import type { CollectionConfig, Config } from 'payload'
import { adminField } from './access/predicates'
import { isAdmin, isProvider } from './access/roles'
import { adminI18n } from './adminLanguages'
import { audiencesCollection } from './collections/Audiences'
import { withDropGivenId } from './hooks/givenIds'
import { districtsCollection } from './collections/Districts'
import { locationsCollection } from './collections/Locations'
import { mediaCollection } from './collections/Media'
import { actionFieldsCollection } from './collections/ActionFields'
import { eventsCollection } from './collections/Events'
import { goalsCollection } from './collections/Goals'
import { indicatorsCollection } from './collections/Indicators'
import { measuresCollection } from './collections/Measures'
import { pageViewsCollection } from './collections/PageViews'
import { importsCollection } from './collections/Imports'
import { importFiles, moveLegacyImportFiles } from './collections/Imports/files'
import { secureUploads } from './uploads/secureUploads'
import { IMPORT_QUEUE } from './collections/Imports/start'
import { runDirectoryImportTask } from './collections/Imports/task'
import { resumeImportsTask } from './collections/Imports/resume'
import { accessibilityFeedbackCollection } from './collections/AccessibilityFeedback'
import { searchSynonymsCollection } from './collections/SearchSynonyms'
import { searchMissesCollection } from './collections/SearchMisses'
import { auditLogCollection } from './collections/AuditLog'
import { auditing } from './audit/auditing'
import { deleteExpiredAuditEntries } from './audit/retention'
import { auditAccountHooks } from './audit/accountData'
import { planEditionsCollection } from './collections/PlanEditions'
import { workingGroupsCollection } from './collections/WorkingGroups'
import { translationStatesCollection } from './collections/TranslationStates'
import { machineTranslateEndpoint } from './translation/endpoints'
import { TRACKED, withTranslationTracking } from './translation/track'
import { newsCollection } from './collections/News'
import { pagesCollection } from './collections/Pages'
import { servicesCollection } from './collections/Services'
import { topicsCollection } from './collections/Topics'
import { municipalitiesCollection } from './collections/Municipalities'
import { organizationsCollection } from './collections/Organizations'
import { usersCollection } from './collections/Users'
import { resolveOptions } from './defaults'
import { TENANT_FIELD } from './tenant'
import { jobsAccess } from './jobs/access'
import { answerServerErrorsWithRequestID } from './security/errorResponse'
import { hardenPayload } from './security/harden'
import { connectResponseCache } from './cache/connectResponseCache'
import { countRenderWork } from './cache/countRenderWork'
import { rejectMalformedInput } from './hooks/rejectMalformedInput'
import { remindStaleEntriesTask, REMINDER_QUEUE } from './jobs/remindStaleEntries'
import { localizationConfig } from './localization'
import { hiddenFromProviders, withoutApiTabForProviders } from './adminFace/providerView'
import { hsdsEndpoints } from './hsds/endpoints'
import { reviewEndpoints } from './review/endpoints'
import { checkTrustedProxies } from './security/clientAddress'
import type { IntegrationPortalOptions, PortalCollection } from './types'
import { withPortalLabels } from './i18n/labelFields'
import { withLocalDates } from './fields/localDates'
import { tenantTexts } from './i18n/tenantTexts'
import { withAdminFace } from './adminFace/withAdminFace'
import { INVITE_VIEW_PATH } from './collections/Users/invite'
import { withPrivacy } from './privacy/withPrivacy'
import { applyRetentionTask } from './privacy/retention/task'
import { retentionKinds, type PrivacyWiring } from './privacy/retention/registry'
import { requireTwoFactorField, withTwoFactor, withTwoFactorAccount } from './auth/totp'

export type { IntegrationPortalOptions } from './types'

/**
 * The collections a provider works with in the admin; the others (the town's settings, guide
 * pages, the integration plan, statistics …) are left out of their navigation. Their account
 * stays reachable (users).
 */
const PROVIDER_TOOLS: readonly PortalCollection[] = ['services', 'locations', 'events', 'organizations', 'media', 'measures', 'users']

export { TENANT_FIELD } from './tenant'

/**
 * The Payload plugin: `integrationPortal(options)` returns a config transform that adds the
 * municipal integration collections, localization, admin languages and town isolation.
 */
export const integrationPortal =
  (options: IntegrationPortalOptions = {}) =>
  (incoming: Config): Config => {
    const o = resolveOptions(options)
    // A mistyped TRUSTED_PROXIES stops the start rather than the first login.
    checkTrustedProxies()
    const { slugs } = o
    const files = importFiles(o.importsDir)
    // Two-factor login: the account's fields and endpoints, the town's setting (cms/auth/totp/).
    const twoFactorSlugs = { users: slugs.users, municipalities: slugs.municipalities }
    const towns = municipalitiesCollection(slugs.municipalities, slugs.media)
    const ours: Record<PortalCollection, CollectionConfig> = {
      municipalities: { ...towns, fields: [...towns.fields, requireTwoFactorField()] },
      users: withTwoFactorAccount(usersCollection(slugs.users, slugs.organizations), twoFactorSlugs),
      organizations: organizationsCollection(slugs.organizations, slugs.media, slugs.services, slugs.municipalities),
      media: mediaCollection(slugs.media, slugs.organizations, o.mediaDir, slugs.municipalities),
      districts: districtsCollection(slugs.districts),
      topics: topicsCollection(slugs.topics),
      audiences: audiencesCollection(slugs.audiences),
      locations: locationsCollection(slugs),
      services: servicesCollection(slugs, { withEndpoints: !o.disabled }),
      pages: pagesCollection(slugs),
      news: newsCollection(slugs.news, slugs.media),
      events: eventsCollection(slugs),
      actionFields: actionFieldsCollection(slugs),
      goals: goalsCollection(slugs),
      measures: measuresCollection(slugs),
      indicators: indicatorsCollection(slugs),
      workingGroups: workingGroupsCollection(slugs),
      planEditions: planEditionsCollection(slugs.planEditions),
      pageViews: pageViewsCollection(slugs.pageViews),
      imports: importsCollection(slugs.imports, slugs.users, files, !o.disabled),
      accessibilityFeedback: accessibilityFeedbackCollection(slugs.accessibilityFeedback, slugs.municipalities, { withEndpoints: !o.disabled }),
      searchSynonyms: searchSynonymsCollection(slugs.searchSynonyms),
      searchMisses: searchMissesCollection(slugs.searchMisses),
      auditLog: auditLogCollection(slugs.municipalities, { withEndpoints: !o.disabled }),
      translationStates: translationStatesCollection(slugs.translationStates, TRACKED.map((k) => slugs[k]), !o.disabled),
    }
    // Data protection by design (cms/privacy/): one retention registry, its job, the record of processing, Art. 15 and 17.
    // The audit log's entries are one kind of personal data; its account hooks add them to the download and erasure.
    const privacy: PrivacyWiring = { audit: { deleteExpired: deleteExpiredAuditEntries }, accountHooks: [auditAccountHooks] }
    const kinds = retentionKinds(privacy)
    Object.assign(ours, withPrivacy(ours, slugs, kinds, privacy, { withUI: !o.disabled }))
    const tracked = TRACKED.map((k) => slugs[k])
    const tracking = { statesSlug: slugs.translationStates, municipalitiesSlug: slugs.municipalities, tracked }
    for (const key of TRACKED) {
      const collection = withTranslationTracking(ours[key], tracking, { withUI: !o.disabled })
      if (!o.disabled) {
        const endpoint = machineTranslateEndpoint({ collection: slugs[key], statesSlug: slugs.translationStates, provider: o.translationProvider })
        collection.endpoints = [...(collection.endpoints || []), endpoint]
      }
      ours[key] = collection
    }
    // Wrong types and broken rich text get a 400 before any hook or the database sees them.
    for (const key of Object.keys(ours) as PortalCollection[]) {
      const c = ours[key]
      ours[key] = { ...c, hooks: { ...c.hooks, beforeOperation: [rejectMalformedInput, ...(c.hooks?.beforeOperation ?? [])] } }
    }
    // Providers see in the admin only what they keep: their entries, files and plan reports.
    for (const key of Object.keys(ours) as PortalCollection[]) {
      if (PROVIDER_TOOLS.includes(key)) continue
      const c = ours[key]
      const hidden = c.admin?.hidden
      ours[key] = { ...c, admin: { ...c.admin, hidden: (args) => isProvider(args.user) || (typeof hidden === 'function' ? hidden(args) : Boolean(hidden)) } }
    }
    // Help in plain words on every list and form, and the way from a document to its public page;
    // no raw data ("API") tab for providers.
    if (!o.disabled) for (const key of Object.keys(ours) as PortalCollection[]) ours[key] = withoutApiTabForProviders(withAdminFace(key, ours[key]))
    const added = (Object.keys(ours) as PortalCollection[]).map((key) => o.overrides[key]?.(ours[key]) ?? ours[key])

    const config: Config = {
      ...incoming,
      admin: {
        ...incoming.admin,
        user: incoming.admin?.user ?? slugs.users,
        // Payload's default avatar loads from gravatar.com with a hash of the e-mail: no third-party requests.
        avatar: incoming.admin?.avatar ?? 'default',
        // One date format on every screen, in the admin user's language (date-fns: short date and time).
        dateFormat: incoming.admin?.dateFormat ?? 'Pp',
        // "Saved" and "Submitted for review" at the top, over the buttons just pressed (on a wide
        // screen over the sidebar's top): at Payload's bottom right they covered the field just
        // changed on a phone (the screen's lower part, where a person types). They still go by themselves.
        toast: { position: 'top-right', ...incoming.admin?.toast },
        components: {
          ...incoming.admin?.components,
          // The portal's face: its name and the town's logo and colour on the login page and every screen.
          graphics: o.disabled
            ? incoming.admin?.components?.graphics
            : { Logo: '/cms/components/AdminBrand#AdminLogo', Icon: '/cms/components/AdminBrand#AdminIcon', ...incoming.admin?.components?.graphics },
          header: [...(incoming.admin?.components?.header ?? []), ...(o.disabled ? [] : ['/cms/components/AdminBrand#AdminHeader', '/cms/components/AdminLayoutFixes#AdminLayoutFixes'])],
          // Single sign-on (cms/auth/oidc): why a sign-in came back, and a button per town's provider.
          // Security, not decoration (a town may require it): on also when the plugin is disabled.
          beforeLogin: [...(incoming.admin?.components?.beforeLogin ?? []), '/cms/components/SsoLogin#SsoLoginError'],
          afterLogin: [...(incoming.admin?.components?.afterLogin ?? []), '/cms/components/SsoLogin#SsoLoginButtons'],
          beforeDashboard: [
            ...(incoming.admin?.components?.beforeDashboard ?? []),
            ...(o.disabled ? [] : ['/cms/components/MyListings#MyListings', '/cms/components/DirectoryWorkList#DirectoryWorkList', '/cms/components/TranslationOverview#TranslationOverview', '/cms/components/UsageOverview#UsageOverview', '/cms/components/SearchMissesPanel#SearchMissesPanel']),
          ],
          // The editors' review: every change waiting in their towns, and one change live against pending.
          views: {
            ...incoming.admin?.components?.views,
            // An invitation's link: a welcome and the choice of a password (not "Reset password").
            // A path without parameters: Payload opens a custom view to people who are not logged
            // in only by its plain prefix (`/invite/<token>` starts with `/invite/`).
            invite: { Component: '/cms/components/InviteView#InviteView', path: INVITE_VIEW_PATH },
            ...(o.disabled
              ? {}
              : {
                  review: { Component: '/cms/components/ReviewQueue#ReviewQueue', path: '/review', exact: true },
                  reviewDocument: { Component: '/cms/components/ReviewPage#ReviewPage', path: '/review/:collection/:id' },
                }),
          },
        },
      },
      // Every collection, the host's too: the SQLite adapter accepts given ids (see hooks/givenIds.ts).
      // Every upload collection, the host's too: the guarded file route, no fetching from URLs (uploads/).
      // Every collection but the bookkeeping ones, the host's too: the audit log's hooks (audit/auditing.ts).
      collections: [...(incoming.collections ?? []), ...added].map(withDropGivenId).map(secureUploads).map(auditing(slugs)),
      // The Open Referral HSDS 3.0 API per town (`/api/hsds/{town}/…`), served by the existing catch-all API route.
      endpoints: [...(incoming.endpoints ?? []), ...(o.disabled ? [] : [...hsdsEndpoints(slugs), ...reviewEndpoints()])],
      localization: incoming.localization || localizationConfig(o),
      jobs: o.disabled
        ? incoming.jobs
        : {
            access: jobsAccess,
            ...incoming.jobs,
            tasks: [...(incoming.jobs?.tasks ?? []), remindStaleEntriesTask(slugs), runDirectoryImportTask(slugs, files), resumeImportsTask(slugs), applyRetentionTask(slugs, kinds)],
            // The runner checks the reminder queue every ten minutes; the task itself is scheduled weekly.
            autoRun: [
              ...(Array.isArray(incoming.jobs?.autoRun) ? incoming.jobs.autoRun : []),
              { cron: '0 */10 * * * *', queue: REMINDER_QUEUE },
              // Scheduled publishing (news) lands in the default queue: checked every minute.
              { cron: '0 * * * * *', queue: 'default' },
              // Imports start at once on the server that queued them; this picks up what a restart left.
              { cron: '30 * * * * *', queue: IMPORT_QUEUE },
            ],
          },
      i18n: adminI18n(o.adminLanguages, incoming.i18n),
      // A refused query is the client's mistake, not the server's: logged as info, not as an error.
      loggingLevels: { QueryError: 'info', ...incoming.loggingLevels },
      hooks: { ...incoming.hooks, afterError: [...(incoming.hooks?.afterError ?? []), answerServerErrorsWithRequestID] },
      // Payload adds its own collections after the plugins: the query guard and their access
      // rules go onto the finished config, before the first request (security: also when disabled).
      onInit: async (payload) => {
        hardenPayload(payload, { importsSlug: slugs.imports })
        // Every write reaches the portal's response cache (web/server.mjs).
        connectResponseCache(payload, slugs.municipalities)
        countRenderWork(payload)
        // Import files of older installations lay in the media folder, reachable by its file route.
        const moved = moveLegacyImportFiles(o.mediaDir, files)
        if (moved) payload.logger.info(`Moved ${moved} import files from ${o.mediaDir} to ${o.importsDir}.`)
        await incoming.onInit?.(payload)
      },
    }

    // Town isolation is security, not decoration: it stays on when the plugin is disabled.
    const withTowns = multiTenantPlugin({
      tenantsSlug: slugs.municipalities,
      tenantField: { name: TENANT_FIELD },
      tenantsArrayField: {
        arrayFieldName: 'tenants',
        arrayTenantFieldName: TENANT_FIELD,
        // Editors' towns are set by admins; providers' towns follow their organisations.
        arrayFieldAccess: { create: adminField, update: adminField },
      },
      userHasAccessToAllTenants: (user) => isAdmin(user),
      collections: {
        [slugs.organizations]: {},
        [slugs.media]: {},
        [slugs.districts]: {},
        [slugs.topics]: {},
        [slugs.audiences]: {},
        [slugs.locations]: {},
        [slugs.services]: {},
        [slugs.pages]: {},
        [slugs.news]: {},
        [slugs.events]: {},
        [slugs.translationStates]: {},
        [slugs.actionFields]: {},
        [slugs.goals]: {},
        [slugs.measures]: {},
        [slugs.indicators]: {},
        [slugs.workingGroups]: {},
        [slugs.planEditions]: {},
        [slugs.pageViews]: {},
        [slugs.imports]: {},
        [slugs.accessibilityFeedback]: {},
        [slugs.searchSynonyms]: {},
        [slugs.searchMisses]: {},
      },
      // Municipal users call their tenant a town (Kommune), not a "Mandant".
      i18n: { translations: tenantTexts(o.adminLanguages) },
    })(config)
    // A provider's towns follow their organisations and only admins change them: no list of
    // towns on the provider's account page.
    const providerView = { ...withTowns, collections: withTowns.collections?.map((c) => (c.slug === slugs.users ? { ...c, fields: c.fields.map((f) => ('name' in f && f.name === 'tenants' ? hiddenFromProviders(f) : f)) } : c)) }
    // Labels last, so the fields the multi-tenant plugin adds (the users' towns) get them too.
    // Dates last too: every date field, whoever added it, in the admin user's language.
    return withLocalDates(withTwoFactor(withPortalLabels(providerView, slugs, { cells: !o.disabled }), twoFactorSlugs), { component: !o.disabled })
  }
