import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LocalDateField as LocalDateField_95915662e6104e44b7f59bf230328746 } from '../../../../cms/components/LocalDateField'
import { YesNoCell as YesNoCell_b2d10b56b79e3395b52fdb17dc9d6ed8 } from '../../../../cms/components/YesNoCell'
import { ProcessingRecordLink as ProcessingRecordLink_424663ded3f197866ce2a20794ed9070 } from '../../../../cms/components/ProcessingRecordLink'
import { WatchTenantCollection as WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { TwoFactorAccountField as TwoFactorAccountField_0c82840c1ce7a4d819b9787e49babea1 } from '../../../../cms/components/TwoFactorAccountField'
import { AccountPrivacy as AccountPrivacy_5a2c4b6da5e88cb731d1ea4f878e5ab9 } from '../../../../cms/components/AccountPrivacy'
import { InviteForm as InviteForm_53296e4459d133714be44fcd6b394746 } from '../../../../cms/components/InviteForm'
import { TenantField as TenantField_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { ReviewBanner as ReviewBanner_ab2786587764894abb3d3fd15050da54 } from '../../../../cms/components/ReviewBanner'
import { TranslationStatus as TranslationStatus_a9583c197a39dc9ba25af5adb6413601 } from '../../../../cms/components/TranslationStatus'
import { PublicPageLink as PublicPageLink_61f99c7a87ad37d25bbb6f71b85493c5 } from '../../../../cms/components/PublicPageLink'
import { AssignTenantFieldTrigger as AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { ReviewPublishButton as ReviewPublishButton_3c141465c662779e8c4858aa470cf8c0 } from '../../../../cms/components/ReviewPublishButton'
import { ReviewSaveDraftButton as ReviewSaveDraftButton_3c141465c662779e8c4858aa470cf8c0 } from '../../../../cms/components/ReviewPublishButton'
import { VerifyButton as VerifyButton_279ed0ed595390e8982fa787defd369a } from '../../../../cms/components/VerifyButton'
import { ImportPanel as ImportPanel_18f6657af7f59b5aa7dd14b4142578e0 } from '../../../../cms/components/imports/ImportPanel'
import { AuditLogDownload as AuditLogDownload_5930dc94fc0723608be4458b814977d7 } from '../../../../cms/components/AuditLogDownload'
import { AdminHeader as AdminHeader_7e1bdf2af3ff4a4898e85d00186b985d } from '../../../../cms/components/AdminBrand'
import { AdminLayoutFixes as AdminLayoutFixes_dc6e67371919ef0c07fcd6f4bc6f4322 } from '../../../../cms/components/AdminLayoutFixes'
import { AdminIcon as AdminIcon_7e1bdf2af3ff4a4898e85d00186b985d } from '../../../../cms/components/AdminBrand'
import { AdminLogo as AdminLogo_7e1bdf2af3ff4a4898e85d00186b985d } from '../../../../cms/components/AdminBrand'
import { SsoLoginButtons as SsoLoginButtons_c1fc68e2511be9750f4ad7004d694fe9 } from '../../../../cms/components/SsoLogin'
import { MyListings as MyListings_2bb7c555e9c6bd39bb2e00e2e01216b5 } from '../../../../cms/components/MyListings'
import { DirectoryWorkList as DirectoryWorkList_fb2e6b532c0fab1c747965cb252c333a } from '../../../../cms/components/DirectoryWorkList'
import { TranslationOverview as TranslationOverview_cbd733633b2e232412b0b990d6d07170 } from '../../../../cms/components/TranslationOverview'
import { UsageOverview as UsageOverview_457ae0c88f9885791807b683df7aa7aa } from '../../../../cms/components/UsageOverview'
import { SearchMissesPanel as SearchMissesPanel_2f246086498bafcd691f3eb4e5221d36 } from '../../../../cms/components/SearchMissesPanel'
import { SsoLoginError as SsoLoginError_c1fc68e2511be9750f4ad7004d694fe9 } from '../../../../cms/components/SsoLogin'
import { TwoFactorLoginRedirect as TwoFactorLoginRedirect_1e3ff8763e9506714a4d320515284ab6 } from '../../../../cms/components/TwoFactorLoginRedirect'
import { TenantSelector as TenantSelector_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { TenantSelectionProvider as TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { InviteView as InviteView_b937105f226e61cb1cd81491850f0442 } from '../../../../cms/components/InviteView'
import { ReviewQueue as ReviewQueue_87b86ed69b904fe89f439886c7fe27cb } from '../../../../cms/components/ReviewQueue'
import { ReviewPage as ReviewPage_bd1fc18cd99fd63d01b57e7f4fb1e550 } from '../../../../cms/components/ReviewPage'
import { TwoFactorView as TwoFactorView_bf3ca084631423aa9b59f19247cbeee1 } from '../../../../cms/components/TwoFactorView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/cms/components/LocalDateField#LocalDateField": LocalDateField_95915662e6104e44b7f59bf230328746,
  "/cms/components/YesNoCell#YesNoCell": YesNoCell_b2d10b56b79e3395b52fdb17dc9d6ed8,
  "/cms/components/ProcessingRecordLink#ProcessingRecordLink": ProcessingRecordLink_424663ded3f197866ce2a20794ed9070,
  "@payloadcms/plugin-multi-tenant/client#WatchTenantCollection": WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a,
  "/cms/components/TwoFactorAccountField#TwoFactorAccountField": TwoFactorAccountField_0c82840c1ce7a4d819b9787e49babea1,
  "/cms/components/AccountPrivacy#AccountPrivacy": AccountPrivacy_5a2c4b6da5e88cb731d1ea4f878e5ab9,
  "/cms/components/InviteForm#InviteForm": InviteForm_53296e4459d133714be44fcd6b394746,
  "@payloadcms/plugin-multi-tenant/client#TenantField": TenantField_1d0591e3cf4f332c83a86da13a0de59a,
  "/cms/components/ReviewBanner#ReviewBanner": ReviewBanner_ab2786587764894abb3d3fd15050da54,
  "/cms/components/TranslationStatus#TranslationStatus": TranslationStatus_a9583c197a39dc9ba25af5adb6413601,
  "/cms/components/PublicPageLink#PublicPageLink": PublicPageLink_61f99c7a87ad37d25bbb6f71b85493c5,
  "@payloadcms/plugin-multi-tenant/client#AssignTenantFieldTrigger": AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a,
  "/cms/components/ReviewPublishButton#ReviewPublishButton": ReviewPublishButton_3c141465c662779e8c4858aa470cf8c0,
  "/cms/components/ReviewPublishButton#ReviewSaveDraftButton": ReviewSaveDraftButton_3c141465c662779e8c4858aa470cf8c0,
  "/cms/components/VerifyButton#VerifyButton": VerifyButton_279ed0ed595390e8982fa787defd369a,
  "/cms/components/imports/ImportPanel#ImportPanel": ImportPanel_18f6657af7f59b5aa7dd14b4142578e0,
  "/cms/components/AuditLogDownload#AuditLogDownload": AuditLogDownload_5930dc94fc0723608be4458b814977d7,
  "/cms/components/AdminBrand#AdminHeader": AdminHeader_7e1bdf2af3ff4a4898e85d00186b985d,
  "/cms/components/AdminLayoutFixes#AdminLayoutFixes": AdminLayoutFixes_dc6e67371919ef0c07fcd6f4bc6f4322,
  "/cms/components/AdminBrand#AdminIcon": AdminIcon_7e1bdf2af3ff4a4898e85d00186b985d,
  "/cms/components/AdminBrand#AdminLogo": AdminLogo_7e1bdf2af3ff4a4898e85d00186b985d,
  "/cms/components/SsoLogin#SsoLoginButtons": SsoLoginButtons_c1fc68e2511be9750f4ad7004d694fe9,
  "/cms/components/MyListings#MyListings": MyListings_2bb7c555e9c6bd39bb2e00e2e01216b5,
  "/cms/components/DirectoryWorkList#DirectoryWorkList": DirectoryWorkList_fb2e6b532c0fab1c747965cb252c333a,
  "/cms/components/TranslationOverview#TranslationOverview": TranslationOverview_cbd733633b2e232412b0b990d6d07170,
  "/cms/components/UsageOverview#UsageOverview": UsageOverview_457ae0c88f9885791807b683df7aa7aa,
  "/cms/components/SearchMissesPanel#SearchMissesPanel": SearchMissesPanel_2f246086498bafcd691f3eb4e5221d36,
  "/cms/components/SsoLogin#SsoLoginError": SsoLoginError_c1fc68e2511be9750f4ad7004d694fe9,
  "/cms/components/TwoFactorLoginRedirect#TwoFactorLoginRedirect": TwoFactorLoginRedirect_1e3ff8763e9506714a4d320515284ab6,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelector": TenantSelector_d6d5f193a167989e2ee7d14202901e62,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelectionProvider": TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/cms/components/InviteView#InviteView": InviteView_b937105f226e61cb1cd81491850f0442,
  "/cms/components/ReviewQueue#ReviewQueue": ReviewQueue_87b86ed69b904fe89f439886c7fe27cb,
  "/cms/components/ReviewPage#ReviewPage": ReviewPage_bd1fc18cd99fd63d01b57e7f4fb1e550,
  "/cms/components/TwoFactorView#TwoFactorView": TwoFactorView_bf3ca084631423aa9b59f19247cbeee1,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
