// What each feature of Switchboard calls in Zoom, by operation. The scopes
// themselves come from the operation table in zoom-schema (checked against
// Zoom's documents by the conformance test), so a feature is blocked exactly
// when the token lacks the scope of one of its operations.
import { ZOOM_OPERATIONS } from '@switchboard/zoom-schema/operations';
import type { ZoomOperation } from '@switchboard/zoom-schema/operations';

export interface Feature {
  id:
    | 'auto-receptionists'
    | 'read-ivr'
    | 'edit-ivr'
    | 'copy-ivr'
    | 'pickers'
    | 'prompts'
    | 'call-queues'
    | 'hours'
    | 'edit-hours'
    | 'edit-holidays'
    | 'cc-hours'
    | 'edit-cc-hours'
    | 'cc-assets'
    | 'edit-cc-assets'
    | 'routing-explorer';
  /** In words, as the Setup page lists it. */
  name: string;
  /** What the feature does, for a sentence ("… which editing IVR menus needs"). */
  doing: string;
  operations: readonly ZoomOperation[];
}

const op = ZOOM_OPERATIONS;

export const FEATURES: readonly Feature[] = [
  { id: 'auto-receptionists', name: 'Auto receptionist list and detail', doing: 'listing auto receptionists', operations: [op.listAutoReceptionists, op.getAutoReceptionist, op.listSites] },
  { id: 'read-ivr', name: 'Reading IVR menus and the routing diagram', doing: 'reading IVR menus', operations: [op.getIvr] },
  { id: 'edit-ivr', name: 'IVR editor', doing: 'editing IVR menus', operations: [op.getIvr, op.updateIvr] },
  { id: 'copy-ivr', name: 'Menu copy', doing: 'copying menus', operations: [op.getIvr, op.updateIvr] },
  {
    id: 'pickers',
    name: 'Routing target pickers',
    doing: 'picking routing targets',
    operations: [
      op.listUsers,
      op.listCallQueues,
      op.listAutoReceptionists,
      op.listSharedLineGroups,
      op.listCommonAreas,
      op.listExternalContacts,
      op.listRooms,
      op.listNumbers,
      op.listContactCenterEntryPoints,
    ],
  },
  {
    id: 'call-queues',
    name: 'Call queue members in the routing diagram',
    doing: 'showing who answers a call queue',
    // the diagram finds a queue by its extension through the picker's list, then reads it; member extensions come from the user and common-area lists
    operations: [op.listCallQueues, op.getCallQueue, op.listUsers, op.listCommonAreas],
  },
  { id: 'prompts', name: 'Greeting prompts and their playback', doing: 'playing greeting prompts', operations: [op.listUsers, op.listUserAudios, op.getAudio] },
  {
    id: 'hours',
    name: 'Hours, holidays and the holiday calendar',
    doing: 'reading hours and holidays',
    operations: [op.getCallHandling, op.getCallQueue, op.getSharedLineGroup],
  },
  { id: 'edit-hours', name: 'Hours editor', doing: 'editing business hours and closed-hours routing', operations: [op.getCallHandling, op.updateCallHandlingSetting] },
  {
    id: 'edit-holidays',
    name: 'Holiday editor and bulk holidays',
    doing: 'adding, changing and deleting holidays',
    operations: [op.getCallHandling, op.addCallHandlingSetting, op.updateCallHandlingSetting, op.deleteCallHandlingSetting],
  },
  {
    id: 'cc-hours',
    name: 'Contact Center hours, closures, queues and flows',
    doing: 'reading Contact Center operating hours',
    operations: [
      op.listCcBusinessHours,
      op.getCcBusinessHours,
      op.listCcBusinessHoursQueues,
      op.listCcBusinessHoursFlows,
      op.listCcClosureSets,
      op.getCcClosureSet,
      op.listCcClosureSetQueues,
      op.listCcClosureSetFlows,
      op.listCcQueues,
      op.getCcQueueOperatingHours,
      op.listCcFlows,
      op.getCcFlow,
      op.exportCcFlow,
    ],
  },
  {
    id: 'edit-cc-hours',
    name: 'Contact Center hours, closure and queue editors',
    doing: 'changing Contact Center operating hours',
    operations: [op.getCcBusinessHours, op.updateCcBusinessHours, op.getCcClosureSet, op.updateCcClosureSet, op.getCcQueueOperatingHours, op.updateCcQueueOperatingHours],
  },
  { id: 'cc-assets', name: 'Contact Center asset library', doing: 'reading the asset library', operations: [op.listCcAssets, op.getCcAsset, op.listCcAssetCategories] },
  {
    id: 'edit-cc-assets',
    name: 'Contact Center asset editor and uploads',
    doing: 'changing the asset library',
    operations: [
      op.getCcAsset,
      op.createCcAsset,
      op.updateCcAsset,
      op.deleteCcAsset,
      op.deleteCcAssetItems,
      op.duplicateCcAsset,
      op.listCcAssetCategories,
      op.createCcAssetCategory,
      op.updateCcAssetCategory,
      op.deleteCcAssetCategory,
    ],
  },
  {
    id: 'routing-explorer',
    name: 'Routing explorer (trace a call, routing problems)',
    doing: 'tracing calls and finding routing problems',
    operations: [
      op.listSites,
      op.listNumbers,
      op.listAutoReceptionists,
      op.listCallQueues,
      op.listUsers,
      op.listSharedLineGroups,
      op.listCommonAreas,
      op.listRooms,
      op.listExternalContacts,
      op.getCallHandling,
      op.getIvr,
      op.getCallQueue,
      op.getSharedLineGroup,
      op.listContactCenterEntryPoints,
      op.listCcFlows,
      op.exportCcFlow,
      op.listCcQueues,
      op.getCcQueueOperatingHours,
      op.listCcBusinessHours,
      op.listCcClosureSets,
    ],
  },
];

export type FeatureId = Feature['id'];

/** A granted scope list allows an operation when it holds one of its granular or classic scopes. */
export function allows(granted: ReadonlySet<string>, operation: ZoomOperation): boolean {
  return [...operation.scopes, ...operation.classicScopes].some((s) => granted.has(s));
}
