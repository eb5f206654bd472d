/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AccountMenu_user on User {\n    id\n    displayName\n    role\n  }\n": typeof types.AccountMenu_UserFragmentDoc,
    "\n  query AccountPage {\n    me {\n      id\n      role\n      person {\n        id\n        organization {\n          id\n        }\n      }\n      ...AccountSummary_user\n    }\n    servicesToUpdate {\n      id\n      ...StaleService_service\n    }\n    myErasureRequests {\n      id\n      status\n      requestedAt\n    }\n  }\n": typeof types.AccountPageDocument,
    "\n  fragment AccountSummary_user on User {\n    id\n    displayName\n    email\n    role\n    createdAt\n    person {\n      id\n      jobTitle\n      organization {\n        id\n        slug\n        name\n      }\n    }\n    animatedNetworks {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.AccountSummary_UserFragmentDoc,
    "\n  mutation RequestErasure($reason: String) {\n    requestErasure(reason: $reason) {\n      id\n      status\n      requestedAt\n    }\n  }\n": typeof types.RequestErasureDocument,
    "\n  query LoginPage {\n    me {\n      id\n      displayName\n    }\n  }\n": typeof types.LoginPageDocument,
    "\n  query MyPersonalData {\n    myPersonalData\n  }\n": typeof types.MyPersonalDataDocument,
    "\n  query RequireRole {\n    me {\n      id\n      role\n    }\n  }\n": typeof types.RequireRoleDocument,
    "\n  fragment AuditEntryRow_entry on AuditEntry {\n    id\n    at\n    action\n    targetId\n    details\n    actor {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.AuditEntryRow_EntryFragmentDoc,
    "\n  query AuditLogPage($first: Int!, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AuditEntryRow_entry\n        }\n      }\n    }\n  }\n": typeof types.AuditLogPageDocument,
    "\n  fragment ErasureRequestItem_request on ErasureRequest {\n    id\n    reason\n    status\n    requestedAt\n    handledAt\n    user {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.ErasureRequestItem_RequestFragmentDoc,
    "\n  mutation HandleErasureRequest($id: ID!, $approve: Boolean!) {\n    handleErasureRequest(id: $id, approve: $approve) {\n      id\n      ...ErasureRequestItem_request\n      user {\n        id\n        disabledAt\n      }\n    }\n  }\n": typeof types.HandleErasureRequestDocument,
    "\n  query ErasureRequestsPage($status: ErasureStatus) {\n    erasureRequests(status: $status) {\n      id\n      ...ErasureRequestItem_request\n    }\n  }\n": typeof types.ErasureRequestsPageDocument,
    "\n  fragment FailedJobRow_failure on JobFailure {\n    id\n    name\n    data\n    error\n    attempts\n    failedAt\n  }\n": typeof types.FailedJobRow_FailureFragmentDoc,
    "\n  query FailedJobsPage($first: Int!, $after: String) {\n    failedJobs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...FailedJobRow_failure\n        }\n      }\n    }\n  }\n": typeof types.FailedJobsPageDocument,
    "\n  fragment PendingInvitation_invitation on AccountInvitation {\n    id\n    email\n    displayName\n    role\n    createdAt\n    expiresAt\n  }\n": typeof types.PendingInvitation_InvitationFragmentDoc,
    "\n  fragment SentMailRow_mail on MailMessage {\n    id\n    to\n    subject\n    text\n    status\n    createdAt\n    sentAt\n    error\n  }\n": typeof types.SentMailRow_MailFragmentDoc,
    "\n  query SentMailsPage($first: Int!, $after: String) {\n    sentMails(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...SentMailRow_mail\n        }\n      }\n    }\n  }\n": typeof types.SentMailsPageDocument,
    "\n  fragment UserRow_user on User {\n    id\n    displayName\n    email\n    role\n    disabledAt\n    person {\n      id\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UserRow_UserFragmentDoc,
    "\n  query UsersPage($first: Int!, $after: String) {\n    me {\n      id\n    }\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...UserRow_user\n        }\n      }\n    }\n    pendingInvitations {\n      id\n      ...PendingInvitation_invitation\n    }\n  }\n": typeof types.UsersPageDocument,
    "\n  mutation RetryFailedJob($id: ID!) {\n    retryFailedJob(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.RetryFailedJobDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      link\n      invitation {\n        id\n        ...PendingInvitation_invitation\n      }\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation ChangeUserRole($id: ID!, $role: UserRole!) {\n    changeUserRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeUserRoleDocument,
    "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      id\n      disabledAt\n    }\n  }\n": typeof types.SetUserDisabledDocument,
    "\n  fragment ViewerPermissions_user on User {\n    id\n    role\n    person {\n      id\n      organization {\n        id\n      }\n    }\n    animatedNetworks {\n      id\n      slug\n    }\n  }\n": typeof types.ViewerPermissions_UserFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query Layout {\n    me {\n      id\n      role\n      ...AccountMenu_user\n    }\n  }\n": typeof types.LayoutDocument,
    "\n  fragment ContactPerson_person on Person {\n    id\n    firstName\n    lastName\n    jobTitle\n    email\n    phone\n  }\n": typeof types.ContactPerson_PersonFragmentDoc,
    "\n  fragment DirectoryFilters_territory on Territory {\n    id\n    communes {\n      inseeCode\n      name\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n    networks {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.DirectoryFilters_TerritoryFragmentDoc,
    "\n  query DirectoryPage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      ...DirectoryFilters_territory\n      ...CommuneMap_territory\n    }\n  }\n": typeof types.DirectoryPageDocument,
    "\n  query DirectorySearch($filter: OrganizationFilter, $first: Int, $after: String) {\n    organizations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...OrganizationResult_organization\n        }\n      }\n    }\n  }\n": typeof types.DirectorySearchDocument,
    "\n  fragment OrganizationContact_organization on Organization {\n    id\n    address\n    website\n    publicEmail\n    publicPhone\n    openingHours\n    commune {\n      inseeCode\n      name\n    }\n  }\n": typeof types.OrganizationContact_OrganizationFragmentDoc,
    "\n  query OrganizationEditPage($slug: String!, $territorySlug: String!) {\n    me {\n      id\n      ...ViewerPermissions_user\n    }\n    organization(slug: $slug) {\n      id\n      slug\n      name\n      ...OrganizationForm_organization\n      services {\n        id\n        ...ServiceEditor_service\n      }\n    }\n    territory(slug: $territorySlug) {\n      id\n      communes {\n        inseeCode\n      }\n      ...ServiceForm_territory\n    }\n  }\n": typeof types.OrganizationEditPageDocument,
    "\n  fragment OrganizationForm_organization on Organization {\n    id\n    description\n    address\n    website\n    publicEmail\n    publicPhone\n    openingHours\n  }\n": typeof types.OrganizationForm_OrganizationFragmentDoc,
    "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      ...OrganizationForm_organization\n      ...OrganizationContact_organization\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  fragment OrganizationNetworks_organization on Organization {\n    id\n    networks {\n      id\n      slug\n      name\n      kind\n    }\n    memberships {\n      id\n      role\n      network {\n        id\n      }\n    }\n  }\n": typeof types.OrganizationNetworks_OrganizationFragmentDoc,
    "\n  query OrganizationPage($slug: String!, $territorySlug: String!) {\n    me {\n      id\n      ...ViewerPermissions_user\n    }\n    organization(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      description\n      labels\n      ...OrganizationContact_organization\n      services {\n        id\n        ...ServiceItem_service\n      }\n      ...OrganizationNetworks_organization\n      people {\n        id\n        ...ContactPerson_person\n      }\n    }\n    territory(slug: $territorySlug) {\n      id\n      communes {\n        inseeCode\n      }\n    }\n  }\n": typeof types.OrganizationPageDocument,
    "\n  query OrganizationOptions {\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrganizationOptionsDocument,
    "\n  query PersonOptions($organizationId: ID!) {\n    node(id: $organizationId) {\n      id\n      ... on Organization {\n        people {\n          id\n          firstName\n          lastName\n          jobTitle\n        }\n      }\n    }\n  }\n": typeof types.PersonOptionsDocument,
    "\n  fragment OrganizationResult_organization on Organization {\n    id\n    slug\n    name\n    kind\n    description\n    commune {\n      inseeCode\n      name\n    }\n    services {\n      id\n      themes\n    }\n  }\n": typeof types.OrganizationResult_OrganizationFragmentDoc,
    "\n  fragment ServiceEditor_service on Service {\n    id\n    name\n    description\n    themes\n    audiences\n    modes\n    updatedAt\n    needsUpdate\n    communesServed {\n      inseeCode\n    }\n    ...ServiceItem_service\n  }\n": typeof types.ServiceEditor_ServiceFragmentDoc,
    "\n  fragment ServiceForm_territory on Territory {\n    id\n    communes {\n      inseeCode\n      name\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n  }\n": typeof types.ServiceForm_TerritoryFragmentDoc,
    "\n  fragment ServiceItem_service on Service {\n    id\n    name\n    description\n    themes\n    audiences\n    modes\n    communesServed {\n      inseeCode\n      name\n    }\n  }\n": typeof types.ServiceItem_ServiceFragmentDoc,
    "\n  fragment StaleService_service on Service {\n    id\n    name\n    updatedAt\n    organization {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.StaleService_ServiceFragmentDoc,
    "\n  mutation AddService($organizationId: ID!, $input: ServiceInput!) {\n    addService(organizationId: $organizationId, input: $input) {\n      id\n      organization {\n        id\n        services {\n          id\n          ...ServiceEditor_service\n        }\n      }\n    }\n  }\n": typeof types.AddServiceDocument,
    "\n  mutation UpdateService($id: ID!, $input: ServiceInput!) {\n    updateService(id: $id, input: $input) {\n      id\n      ...ServiceEditor_service\n    }\n  }\n": typeof types.UpdateServiceDocument,
    "\n  mutation RemoveService($id: ID!) {\n    removeService(id: $id)\n  }\n": typeof types.RemoveServiceDocument,
    "\n  mutation ConfirmService($id: ID!) {\n    confirmService(id: $id) {\n      id\n      updatedAt\n      needsUpdate\n    }\n  }\n": typeof types.ConfirmServiceDocument,
    "\n  query HomePage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      networks {\n        id\n        ...NetworkCard_network\n      }\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  fragment NetworkCard_network on Network {\n    id\n    slug\n    name\n    kind\n    theme\n    animators {\n      id\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NetworkCard_NetworkFragmentDoc,
    "\n  fragment CommuneFigures_territory on Territory {\n    id\n    communes {\n      inseeCode\n      name\n      mergedOn\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n    communeStatistics {\n      commune {\n        inseeCode\n      }\n      organizationCount\n      localOrganizationCount\n      serviceCount\n    }\n  }\n": typeof types.CommuneFigures_TerritoryFragmentDoc,
    "\n  fragment CommuneMap_territory on Territory {\n    id\n    boundaries\n    communes {\n      inseeCode\n      name\n      mergedOn\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n    communeStatistics {\n      commune {\n        inseeCode\n      }\n      organizationCount\n      localOrganizationCount\n      serviceCount\n    }\n    ...CommuneFigures_territory\n  }\n": typeof types.CommuneMap_TerritoryFragmentDoc,
    "\n  query MapPage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      ...CommuneMap_territory\n    }\n  }\n": typeof types.MapPageDocument,
    "\n  fragment AnimatorItem_membership on Membership {\n    id\n    role\n    organization {\n      id\n      slug\n      name\n    }\n    person {\n      id\n      firstName\n      lastName\n      jobTitle\n      email\n      phone\n    }\n  }\n": typeof types.AnimatorItem_MembershipFragmentDoc,
    "\n  query MatrixPage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      ...NetworkMatrix_territory\n    }\n  }\n": typeof types.MatrixPageDocument,
    "\n  fragment MemberManagement_network on Network {\n    id\n    slug\n    name\n    memberships {\n      id\n      ...MembershipRow_membership\n      organization {\n        id\n        name\n      }\n      person {\n        id\n        lastName\n      }\n    }\n  }\n": typeof types.MemberManagement_NetworkFragmentDoc,
    "\n  fragment MembershipRow_membership on Membership {\n    id\n    role\n    organization {\n      id\n      name\n    }\n    person {\n      id\n      firstName\n      lastName\n    }\n  }\n": typeof types.MembershipRow_MembershipFragmentDoc,
    "\n  fragment NetworkMatrix_territory on Territory {\n    id\n    networks {\n      id\n      slug\n      name\n      memberships {\n        id\n        role\n        organization {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.NetworkMatrix_TerritoryFragmentDoc,
    "\n  fragment NetworkMembers_network on Network {\n    id\n    memberships {\n      id\n      role\n      organization {\n        id\n        slug\n        name\n        kind\n        commune {\n          inseeCode\n          name\n        }\n      }\n    }\n  }\n": typeof types.NetworkMembers_NetworkFragmentDoc,
    "\n  query NetworkPage($slug: String!) {\n    me {\n      id\n      ...ViewerPermissions_user\n    }\n    network(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      theme\n      description\n      animators {\n        id\n        ...AnimatorItem_membership\n      }\n      ...NetworkMembers_network\n      ...MemberManagement_network\n    }\n  }\n": typeof types.NetworkPageDocument,
    "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      id\n      network {\n        id\n        animators {\n          id\n          ...AnimatorItem_membership\n        }\n        ...NetworkMembers_network\n        ...MemberManagement_network\n      }\n      organization {\n        id\n        ...OrganizationNetworks_organization\n      }\n    }\n  }\n": typeof types.AddMembershipDocument,
    "\n  mutation ChangeMembershipRole($id: ID!, $role: MembershipRole!) {\n    changeMembershipRole(id: $id, role: $role) {\n      id\n      role\n      network {\n        id\n        animators {\n          id\n          ...AnimatorItem_membership\n        }\n      }\n    }\n  }\n": typeof types.ChangeMembershipRoleDocument,
    "\n  mutation RemoveMembership($id: ID!) {\n    removeMembership(id: $id)\n  }\n": typeof types.RemoveMembershipDocument,
};
const documents: Documents = {
    "\n  fragment AccountMenu_user on User {\n    id\n    displayName\n    role\n  }\n": types.AccountMenu_UserFragmentDoc,
    "\n  query AccountPage {\n    me {\n      id\n      role\n      person {\n        id\n        organization {\n          id\n        }\n      }\n      ...AccountSummary_user\n    }\n    servicesToUpdate {\n      id\n      ...StaleService_service\n    }\n    myErasureRequests {\n      id\n      status\n      requestedAt\n    }\n  }\n": types.AccountPageDocument,
    "\n  fragment AccountSummary_user on User {\n    id\n    displayName\n    email\n    role\n    createdAt\n    person {\n      id\n      jobTitle\n      organization {\n        id\n        slug\n        name\n      }\n    }\n    animatedNetworks {\n      id\n      slug\n      name\n    }\n  }\n": types.AccountSummary_UserFragmentDoc,
    "\n  mutation RequestErasure($reason: String) {\n    requestErasure(reason: $reason) {\n      id\n      status\n      requestedAt\n    }\n  }\n": types.RequestErasureDocument,
    "\n  query LoginPage {\n    me {\n      id\n      displayName\n    }\n  }\n": types.LoginPageDocument,
    "\n  query MyPersonalData {\n    myPersonalData\n  }\n": types.MyPersonalDataDocument,
    "\n  query RequireRole {\n    me {\n      id\n      role\n    }\n  }\n": types.RequireRoleDocument,
    "\n  fragment AuditEntryRow_entry on AuditEntry {\n    id\n    at\n    action\n    targetId\n    details\n    actor {\n      id\n      displayName\n      email\n    }\n  }\n": types.AuditEntryRow_EntryFragmentDoc,
    "\n  query AuditLogPage($first: Int!, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AuditEntryRow_entry\n        }\n      }\n    }\n  }\n": types.AuditLogPageDocument,
    "\n  fragment ErasureRequestItem_request on ErasureRequest {\n    id\n    reason\n    status\n    requestedAt\n    handledAt\n    user {\n      id\n      displayName\n      email\n    }\n  }\n": types.ErasureRequestItem_RequestFragmentDoc,
    "\n  mutation HandleErasureRequest($id: ID!, $approve: Boolean!) {\n    handleErasureRequest(id: $id, approve: $approve) {\n      id\n      ...ErasureRequestItem_request\n      user {\n        id\n        disabledAt\n      }\n    }\n  }\n": types.HandleErasureRequestDocument,
    "\n  query ErasureRequestsPage($status: ErasureStatus) {\n    erasureRequests(status: $status) {\n      id\n      ...ErasureRequestItem_request\n    }\n  }\n": types.ErasureRequestsPageDocument,
    "\n  fragment FailedJobRow_failure on JobFailure {\n    id\n    name\n    data\n    error\n    attempts\n    failedAt\n  }\n": types.FailedJobRow_FailureFragmentDoc,
    "\n  query FailedJobsPage($first: Int!, $after: String) {\n    failedJobs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...FailedJobRow_failure\n        }\n      }\n    }\n  }\n": types.FailedJobsPageDocument,
    "\n  fragment PendingInvitation_invitation on AccountInvitation {\n    id\n    email\n    displayName\n    role\n    createdAt\n    expiresAt\n  }\n": types.PendingInvitation_InvitationFragmentDoc,
    "\n  fragment SentMailRow_mail on MailMessage {\n    id\n    to\n    subject\n    text\n    status\n    createdAt\n    sentAt\n    error\n  }\n": types.SentMailRow_MailFragmentDoc,
    "\n  query SentMailsPage($first: Int!, $after: String) {\n    sentMails(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...SentMailRow_mail\n        }\n      }\n    }\n  }\n": types.SentMailsPageDocument,
    "\n  fragment UserRow_user on User {\n    id\n    displayName\n    email\n    role\n    disabledAt\n    person {\n      id\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.UserRow_UserFragmentDoc,
    "\n  query UsersPage($first: Int!, $after: String) {\n    me {\n      id\n    }\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...UserRow_user\n        }\n      }\n    }\n    pendingInvitations {\n      id\n      ...PendingInvitation_invitation\n    }\n  }\n": types.UsersPageDocument,
    "\n  mutation RetryFailedJob($id: ID!) {\n    retryFailedJob(id: $id) {\n      id\n      name\n    }\n  }\n": types.RetryFailedJobDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      link\n      invitation {\n        id\n        ...PendingInvitation_invitation\n      }\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation ChangeUserRole($id: ID!, $role: UserRole!) {\n    changeUserRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n": types.ChangeUserRoleDocument,
    "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      id\n      disabledAt\n    }\n  }\n": types.SetUserDisabledDocument,
    "\n  fragment ViewerPermissions_user on User {\n    id\n    role\n    person {\n      id\n      organization {\n        id\n      }\n    }\n    animatedNetworks {\n      id\n      slug\n    }\n  }\n": types.ViewerPermissions_UserFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query Layout {\n    me {\n      id\n      role\n      ...AccountMenu_user\n    }\n  }\n": types.LayoutDocument,
    "\n  fragment ContactPerson_person on Person {\n    id\n    firstName\n    lastName\n    jobTitle\n    email\n    phone\n  }\n": types.ContactPerson_PersonFragmentDoc,
    "\n  fragment DirectoryFilters_territory on Territory {\n    id\n    communes {\n      inseeCode\n      name\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n    networks {\n      id\n      slug\n      name\n    }\n  }\n": types.DirectoryFilters_TerritoryFragmentDoc,
    "\n  query DirectoryPage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      ...DirectoryFilters_territory\n      ...CommuneMap_territory\n    }\n  }\n": types.DirectoryPageDocument,
    "\n  query DirectorySearch($filter: OrganizationFilter, $first: Int, $after: String) {\n    organizations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...OrganizationResult_organization\n        }\n      }\n    }\n  }\n": types.DirectorySearchDocument,
    "\n  fragment OrganizationContact_organization on Organization {\n    id\n    address\n    website\n    publicEmail\n    publicPhone\n    openingHours\n    commune {\n      inseeCode\n      name\n    }\n  }\n": types.OrganizationContact_OrganizationFragmentDoc,
    "\n  query OrganizationEditPage($slug: String!, $territorySlug: String!) {\n    me {\n      id\n      ...ViewerPermissions_user\n    }\n    organization(slug: $slug) {\n      id\n      slug\n      name\n      ...OrganizationForm_organization\n      services {\n        id\n        ...ServiceEditor_service\n      }\n    }\n    territory(slug: $territorySlug) {\n      id\n      communes {\n        inseeCode\n      }\n      ...ServiceForm_territory\n    }\n  }\n": types.OrganizationEditPageDocument,
    "\n  fragment OrganizationForm_organization on Organization {\n    id\n    description\n    address\n    website\n    publicEmail\n    publicPhone\n    openingHours\n  }\n": types.OrganizationForm_OrganizationFragmentDoc,
    "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      ...OrganizationForm_organization\n      ...OrganizationContact_organization\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  fragment OrganizationNetworks_organization on Organization {\n    id\n    networks {\n      id\n      slug\n      name\n      kind\n    }\n    memberships {\n      id\n      role\n      network {\n        id\n      }\n    }\n  }\n": types.OrganizationNetworks_OrganizationFragmentDoc,
    "\n  query OrganizationPage($slug: String!, $territorySlug: String!) {\n    me {\n      id\n      ...ViewerPermissions_user\n    }\n    organization(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      description\n      labels\n      ...OrganizationContact_organization\n      services {\n        id\n        ...ServiceItem_service\n      }\n      ...OrganizationNetworks_organization\n      people {\n        id\n        ...ContactPerson_person\n      }\n    }\n    territory(slug: $territorySlug) {\n      id\n      communes {\n        inseeCode\n      }\n    }\n  }\n": types.OrganizationPageDocument,
    "\n  query OrganizationOptions {\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OrganizationOptionsDocument,
    "\n  query PersonOptions($organizationId: ID!) {\n    node(id: $organizationId) {\n      id\n      ... on Organization {\n        people {\n          id\n          firstName\n          lastName\n          jobTitle\n        }\n      }\n    }\n  }\n": types.PersonOptionsDocument,
    "\n  fragment OrganizationResult_organization on Organization {\n    id\n    slug\n    name\n    kind\n    description\n    commune {\n      inseeCode\n      name\n    }\n    services {\n      id\n      themes\n    }\n  }\n": types.OrganizationResult_OrganizationFragmentDoc,
    "\n  fragment ServiceEditor_service on Service {\n    id\n    name\n    description\n    themes\n    audiences\n    modes\n    updatedAt\n    needsUpdate\n    communesServed {\n      inseeCode\n    }\n    ...ServiceItem_service\n  }\n": types.ServiceEditor_ServiceFragmentDoc,
    "\n  fragment ServiceForm_territory on Territory {\n    id\n    communes {\n      inseeCode\n      name\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n  }\n": types.ServiceForm_TerritoryFragmentDoc,
    "\n  fragment ServiceItem_service on Service {\n    id\n    name\n    description\n    themes\n    audiences\n    modes\n    communesServed {\n      inseeCode\n      name\n    }\n  }\n": types.ServiceItem_ServiceFragmentDoc,
    "\n  fragment StaleService_service on Service {\n    id\n    name\n    updatedAt\n    organization {\n      id\n      slug\n      name\n    }\n  }\n": types.StaleService_ServiceFragmentDoc,
    "\n  mutation AddService($organizationId: ID!, $input: ServiceInput!) {\n    addService(organizationId: $organizationId, input: $input) {\n      id\n      organization {\n        id\n        services {\n          id\n          ...ServiceEditor_service\n        }\n      }\n    }\n  }\n": types.AddServiceDocument,
    "\n  mutation UpdateService($id: ID!, $input: ServiceInput!) {\n    updateService(id: $id, input: $input) {\n      id\n      ...ServiceEditor_service\n    }\n  }\n": types.UpdateServiceDocument,
    "\n  mutation RemoveService($id: ID!) {\n    removeService(id: $id)\n  }\n": types.RemoveServiceDocument,
    "\n  mutation ConfirmService($id: ID!) {\n    confirmService(id: $id) {\n      id\n      updatedAt\n      needsUpdate\n    }\n  }\n": types.ConfirmServiceDocument,
    "\n  query HomePage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      networks {\n        id\n        ...NetworkCard_network\n      }\n    }\n  }\n": types.HomePageDocument,
    "\n  fragment NetworkCard_network on Network {\n    id\n    slug\n    name\n    kind\n    theme\n    animators {\n      id\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.NetworkCard_NetworkFragmentDoc,
    "\n  fragment CommuneFigures_territory on Territory {\n    id\n    communes {\n      inseeCode\n      name\n      mergedOn\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n    communeStatistics {\n      commune {\n        inseeCode\n      }\n      organizationCount\n      localOrganizationCount\n      serviceCount\n    }\n  }\n": types.CommuneFigures_TerritoryFragmentDoc,
    "\n  fragment CommuneMap_territory on Territory {\n    id\n    boundaries\n    communes {\n      inseeCode\n      name\n      mergedOn\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n    communeStatistics {\n      commune {\n        inseeCode\n      }\n      organizationCount\n      localOrganizationCount\n      serviceCount\n    }\n    ...CommuneFigures_territory\n  }\n": types.CommuneMap_TerritoryFragmentDoc,
    "\n  query MapPage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      ...CommuneMap_territory\n    }\n  }\n": types.MapPageDocument,
    "\n  fragment AnimatorItem_membership on Membership {\n    id\n    role\n    organization {\n      id\n      slug\n      name\n    }\n    person {\n      id\n      firstName\n      lastName\n      jobTitle\n      email\n      phone\n    }\n  }\n": types.AnimatorItem_MembershipFragmentDoc,
    "\n  query MatrixPage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      ...NetworkMatrix_territory\n    }\n  }\n": types.MatrixPageDocument,
    "\n  fragment MemberManagement_network on Network {\n    id\n    slug\n    name\n    memberships {\n      id\n      ...MembershipRow_membership\n      organization {\n        id\n        name\n      }\n      person {\n        id\n        lastName\n      }\n    }\n  }\n": types.MemberManagement_NetworkFragmentDoc,
    "\n  fragment MembershipRow_membership on Membership {\n    id\n    role\n    organization {\n      id\n      name\n    }\n    person {\n      id\n      firstName\n      lastName\n    }\n  }\n": types.MembershipRow_MembershipFragmentDoc,
    "\n  fragment NetworkMatrix_territory on Territory {\n    id\n    networks {\n      id\n      slug\n      name\n      memberships {\n        id\n        role\n        organization {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.NetworkMatrix_TerritoryFragmentDoc,
    "\n  fragment NetworkMembers_network on Network {\n    id\n    memberships {\n      id\n      role\n      organization {\n        id\n        slug\n        name\n        kind\n        commune {\n          inseeCode\n          name\n        }\n      }\n    }\n  }\n": types.NetworkMembers_NetworkFragmentDoc,
    "\n  query NetworkPage($slug: String!) {\n    me {\n      id\n      ...ViewerPermissions_user\n    }\n    network(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      theme\n      description\n      animators {\n        id\n        ...AnimatorItem_membership\n      }\n      ...NetworkMembers_network\n      ...MemberManagement_network\n    }\n  }\n": types.NetworkPageDocument,
    "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      id\n      network {\n        id\n        animators {\n          id\n          ...AnimatorItem_membership\n        }\n        ...NetworkMembers_network\n        ...MemberManagement_network\n      }\n      organization {\n        id\n        ...OrganizationNetworks_organization\n      }\n    }\n  }\n": types.AddMembershipDocument,
    "\n  mutation ChangeMembershipRole($id: ID!, $role: MembershipRole!) {\n    changeMembershipRole(id: $id, role: $role) {\n      id\n      role\n      network {\n        id\n        animators {\n          id\n          ...AnimatorItem_membership\n        }\n      }\n    }\n  }\n": types.ChangeMembershipRoleDocument,
    "\n  mutation RemoveMembership($id: ID!) {\n    removeMembership(id: $id)\n  }\n": types.RemoveMembershipDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountMenu_user on User {\n    id\n    displayName\n    role\n  }\n"): (typeof documents)["\n  fragment AccountMenu_user on User {\n    id\n    displayName\n    role\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPage {\n    me {\n      id\n      role\n      person {\n        id\n        organization {\n          id\n        }\n      }\n      ...AccountSummary_user\n    }\n    servicesToUpdate {\n      id\n      ...StaleService_service\n    }\n    myErasureRequests {\n      id\n      status\n      requestedAt\n    }\n  }\n"): (typeof documents)["\n  query AccountPage {\n    me {\n      id\n      role\n      person {\n        id\n        organization {\n          id\n        }\n      }\n      ...AccountSummary_user\n    }\n    servicesToUpdate {\n      id\n      ...StaleService_service\n    }\n    myErasureRequests {\n      id\n      status\n      requestedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountSummary_user on User {\n    id\n    displayName\n    email\n    role\n    createdAt\n    person {\n      id\n      jobTitle\n      organization {\n        id\n        slug\n        name\n      }\n    }\n    animatedNetworks {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AccountSummary_user on User {\n    id\n    displayName\n    email\n    role\n    createdAt\n    person {\n      id\n      jobTitle\n      organization {\n        id\n        slug\n        name\n      }\n    }\n    animatedNetworks {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestErasure($reason: String) {\n    requestErasure(reason: $reason) {\n      id\n      status\n      requestedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RequestErasure($reason: String) {\n    requestErasure(reason: $reason) {\n      id\n      status\n      requestedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoginPage {\n    me {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query LoginPage {\n    me {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPersonalData {\n    myPersonalData\n  }\n"): (typeof documents)["\n  query MyPersonalData {\n    myPersonalData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequireRole {\n    me {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  query RequireRole {\n    me {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryRow_entry on AuditEntry {\n    id\n    at\n    action\n    targetId\n    details\n    actor {\n      id\n      displayName\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment AuditEntryRow_entry on AuditEntry {\n    id\n    at\n    action\n    targetId\n    details\n    actor {\n      id\n      displayName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogPage($first: Int!, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AuditEntryRow_entry\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogPage($first: Int!, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AuditEntryRow_entry\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ErasureRequestItem_request on ErasureRequest {\n    id\n    reason\n    status\n    requestedAt\n    handledAt\n    user {\n      id\n      displayName\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment ErasureRequestItem_request on ErasureRequest {\n    id\n    reason\n    status\n    requestedAt\n    handledAt\n    user {\n      id\n      displayName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandleErasureRequest($id: ID!, $approve: Boolean!) {\n    handleErasureRequest(id: $id, approve: $approve) {\n      id\n      ...ErasureRequestItem_request\n      user {\n        id\n        disabledAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HandleErasureRequest($id: ID!, $approve: Boolean!) {\n    handleErasureRequest(id: $id, approve: $approve) {\n      id\n      ...ErasureRequestItem_request\n      user {\n        id\n        disabledAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErasureRequestsPage($status: ErasureStatus) {\n    erasureRequests(status: $status) {\n      id\n      ...ErasureRequestItem_request\n    }\n  }\n"): (typeof documents)["\n  query ErasureRequestsPage($status: ErasureStatus) {\n    erasureRequests(status: $status) {\n      id\n      ...ErasureRequestItem_request\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FailedJobRow_failure on JobFailure {\n    id\n    name\n    data\n    error\n    attempts\n    failedAt\n  }\n"): (typeof documents)["\n  fragment FailedJobRow_failure on JobFailure {\n    id\n    name\n    data\n    error\n    attempts\n    failedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedJobsPage($first: Int!, $after: String) {\n    failedJobs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...FailedJobRow_failure\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FailedJobsPage($first: Int!, $after: String) {\n    failedJobs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...FailedJobRow_failure\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PendingInvitation_invitation on AccountInvitation {\n    id\n    email\n    displayName\n    role\n    createdAt\n    expiresAt\n  }\n"): (typeof documents)["\n  fragment PendingInvitation_invitation on AccountInvitation {\n    id\n    email\n    displayName\n    role\n    createdAt\n    expiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SentMailRow_mail on MailMessage {\n    id\n    to\n    subject\n    text\n    status\n    createdAt\n    sentAt\n    error\n  }\n"): (typeof documents)["\n  fragment SentMailRow_mail on MailMessage {\n    id\n    to\n    subject\n    text\n    status\n    createdAt\n    sentAt\n    error\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SentMailsPage($first: Int!, $after: String) {\n    sentMails(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...SentMailRow_mail\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SentMailsPage($first: Int!, $after: String) {\n    sentMails(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...SentMailRow_mail\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow_user on User {\n    id\n    displayName\n    email\n    role\n    disabledAt\n    person {\n      id\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment UserRow_user on User {\n    id\n    displayName\n    email\n    role\n    disabledAt\n    person {\n      id\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersPage($first: Int!, $after: String) {\n    me {\n      id\n    }\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...UserRow_user\n        }\n      }\n    }\n    pendingInvitations {\n      id\n      ...PendingInvitation_invitation\n    }\n  }\n"): (typeof documents)["\n  query UsersPage($first: Int!, $after: String) {\n    me {\n      id\n    }\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...UserRow_user\n        }\n      }\n    }\n    pendingInvitations {\n      id\n      ...PendingInvitation_invitation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryFailedJob($id: ID!) {\n    retryFailedJob(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RetryFailedJob($id: ID!) {\n    retryFailedJob(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      link\n      invitation {\n        id\n        ...PendingInvitation_invitation\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      link\n      invitation {\n        id\n        ...PendingInvitation_invitation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserRole($id: ID!, $role: UserRole!) {\n    changeUserRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeUserRole($id: ID!, $role: UserRole!) {\n    changeUserRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      id\n      disabledAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      id\n      disabledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerPermissions_user on User {\n    id\n    role\n    person {\n      id\n      organization {\n        id\n      }\n    }\n    animatedNetworks {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerPermissions_user on User {\n    id\n    role\n    person {\n      id\n      organization {\n        id\n      }\n    }\n    animatedNetworks {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Layout {\n    me {\n      id\n      role\n      ...AccountMenu_user\n    }\n  }\n"): (typeof documents)["\n  query Layout {\n    me {\n      id\n      role\n      ...AccountMenu_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactPerson_person on Person {\n    id\n    firstName\n    lastName\n    jobTitle\n    email\n    phone\n  }\n"): (typeof documents)["\n  fragment ContactPerson_person on Person {\n    id\n    firstName\n    lastName\n    jobTitle\n    email\n    phone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectoryFilters_territory on Territory {\n    id\n    communes {\n      inseeCode\n      name\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n    networks {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DirectoryFilters_territory on Territory {\n    id\n    communes {\n      inseeCode\n      name\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n    networks {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryPage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      ...DirectoryFilters_territory\n      ...CommuneMap_territory\n    }\n  }\n"): (typeof documents)["\n  query DirectoryPage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      ...DirectoryFilters_territory\n      ...CommuneMap_territory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectorySearch($filter: OrganizationFilter, $first: Int, $after: String) {\n    organizations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...OrganizationResult_organization\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectorySearch($filter: OrganizationFilter, $first: Int, $after: String) {\n    organizations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...OrganizationResult_organization\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationContact_organization on Organization {\n    id\n    address\n    website\n    publicEmail\n    publicPhone\n    openingHours\n    commune {\n      inseeCode\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationContact_organization on Organization {\n    id\n    address\n    website\n    publicEmail\n    publicPhone\n    openingHours\n    commune {\n      inseeCode\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationEditPage($slug: String!, $territorySlug: String!) {\n    me {\n      id\n      ...ViewerPermissions_user\n    }\n    organization(slug: $slug) {\n      id\n      slug\n      name\n      ...OrganizationForm_organization\n      services {\n        id\n        ...ServiceEditor_service\n      }\n    }\n    territory(slug: $territorySlug) {\n      id\n      communes {\n        inseeCode\n      }\n      ...ServiceForm_territory\n    }\n  }\n"): (typeof documents)["\n  query OrganizationEditPage($slug: String!, $territorySlug: String!) {\n    me {\n      id\n      ...ViewerPermissions_user\n    }\n    organization(slug: $slug) {\n      id\n      slug\n      name\n      ...OrganizationForm_organization\n      services {\n        id\n        ...ServiceEditor_service\n      }\n    }\n    territory(slug: $territorySlug) {\n      id\n      communes {\n        inseeCode\n      }\n      ...ServiceForm_territory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationForm_organization on Organization {\n    id\n    description\n    address\n    website\n    publicEmail\n    publicPhone\n    openingHours\n  }\n"): (typeof documents)["\n  fragment OrganizationForm_organization on Organization {\n    id\n    description\n    address\n    website\n    publicEmail\n    publicPhone\n    openingHours\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      ...OrganizationForm_organization\n      ...OrganizationContact_organization\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      ...OrganizationForm_organization\n      ...OrganizationContact_organization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationNetworks_organization on Organization {\n    id\n    networks {\n      id\n      slug\n      name\n      kind\n    }\n    memberships {\n      id\n      role\n      network {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationNetworks_organization on Organization {\n    id\n    networks {\n      id\n      slug\n      name\n      kind\n    }\n    memberships {\n      id\n      role\n      network {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationPage($slug: String!, $territorySlug: String!) {\n    me {\n      id\n      ...ViewerPermissions_user\n    }\n    organization(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      description\n      labels\n      ...OrganizationContact_organization\n      services {\n        id\n        ...ServiceItem_service\n      }\n      ...OrganizationNetworks_organization\n      people {\n        id\n        ...ContactPerson_person\n      }\n    }\n    territory(slug: $territorySlug) {\n      id\n      communes {\n        inseeCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationPage($slug: String!, $territorySlug: String!) {\n    me {\n      id\n      ...ViewerPermissions_user\n    }\n    organization(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      description\n      labels\n      ...OrganizationContact_organization\n      services {\n        id\n        ...ServiceItem_service\n      }\n      ...OrganizationNetworks_organization\n      people {\n        id\n        ...ContactPerson_person\n      }\n    }\n    territory(slug: $territorySlug) {\n      id\n      communes {\n        inseeCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationOptions {\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationOptions {\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonOptions($organizationId: ID!) {\n    node(id: $organizationId) {\n      id\n      ... on Organization {\n        people {\n          id\n          firstName\n          lastName\n          jobTitle\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonOptions($organizationId: ID!) {\n    node(id: $organizationId) {\n      id\n      ... on Organization {\n        people {\n          id\n          firstName\n          lastName\n          jobTitle\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationResult_organization on Organization {\n    id\n    slug\n    name\n    kind\n    description\n    commune {\n      inseeCode\n      name\n    }\n    services {\n      id\n      themes\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationResult_organization on Organization {\n    id\n    slug\n    name\n    kind\n    description\n    commune {\n      inseeCode\n      name\n    }\n    services {\n      id\n      themes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceEditor_service on Service {\n    id\n    name\n    description\n    themes\n    audiences\n    modes\n    updatedAt\n    needsUpdate\n    communesServed {\n      inseeCode\n    }\n    ...ServiceItem_service\n  }\n"): (typeof documents)["\n  fragment ServiceEditor_service on Service {\n    id\n    name\n    description\n    themes\n    audiences\n    modes\n    updatedAt\n    needsUpdate\n    communesServed {\n      inseeCode\n    }\n    ...ServiceItem_service\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceForm_territory on Territory {\n    id\n    communes {\n      inseeCode\n      name\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceForm_territory on Territory {\n    id\n    communes {\n      inseeCode\n      name\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceItem_service on Service {\n    id\n    name\n    description\n    themes\n    audiences\n    modes\n    communesServed {\n      inseeCode\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceItem_service on Service {\n    id\n    name\n    description\n    themes\n    audiences\n    modes\n    communesServed {\n      inseeCode\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaleService_service on Service {\n    id\n    name\n    updatedAt\n    organization {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment StaleService_service on Service {\n    id\n    name\n    updatedAt\n    organization {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddService($organizationId: ID!, $input: ServiceInput!) {\n    addService(organizationId: $organizationId, input: $input) {\n      id\n      organization {\n        id\n        services {\n          id\n          ...ServiceEditor_service\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddService($organizationId: ID!, $input: ServiceInput!) {\n    addService(organizationId: $organizationId, input: $input) {\n      id\n      organization {\n        id\n        services {\n          id\n          ...ServiceEditor_service\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateService($id: ID!, $input: ServiceInput!) {\n    updateService(id: $id, input: $input) {\n      id\n      ...ServiceEditor_service\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateService($id: ID!, $input: ServiceInput!) {\n    updateService(id: $id, input: $input) {\n      id\n      ...ServiceEditor_service\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveService($id: ID!) {\n    removeService(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveService($id: ID!) {\n    removeService(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmService($id: ID!) {\n    confirmService(id: $id) {\n      id\n      updatedAt\n      needsUpdate\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmService($id: ID!) {\n    confirmService(id: $id) {\n      id\n      updatedAt\n      needsUpdate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      networks {\n        id\n        ...NetworkCard_network\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomePage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      networks {\n        id\n        ...NetworkCard_network\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkCard_network on Network {\n    id\n    slug\n    name\n    kind\n    theme\n    animators {\n      id\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NetworkCard_network on Network {\n    id\n    slug\n    name\n    kind\n    theme\n    animators {\n      id\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommuneFigures_territory on Territory {\n    id\n    communes {\n      inseeCode\n      name\n      mergedOn\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n    communeStatistics {\n      commune {\n        inseeCode\n      }\n      organizationCount\n      localOrganizationCount\n      serviceCount\n    }\n  }\n"): (typeof documents)["\n  fragment CommuneFigures_territory on Territory {\n    id\n    communes {\n      inseeCode\n      name\n      mergedOn\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n    communeStatistics {\n      commune {\n        inseeCode\n      }\n      organizationCount\n      localOrganizationCount\n      serviceCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommuneMap_territory on Territory {\n    id\n    boundaries\n    communes {\n      inseeCode\n      name\n      mergedOn\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n    communeStatistics {\n      commune {\n        inseeCode\n      }\n      organizationCount\n      localOrganizationCount\n      serviceCount\n    }\n    ...CommuneFigures_territory\n  }\n"): (typeof documents)["\n  fragment CommuneMap_territory on Territory {\n    id\n    boundaries\n    communes {\n      inseeCode\n      name\n      mergedOn\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n    communeStatistics {\n      commune {\n        inseeCode\n      }\n      organizationCount\n      localOrganizationCount\n      serviceCount\n    }\n    ...CommuneFigures_territory\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapPage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      ...CommuneMap_territory\n    }\n  }\n"): (typeof documents)["\n  query MapPage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      ...CommuneMap_territory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnimatorItem_membership on Membership {\n    id\n    role\n    organization {\n      id\n      slug\n      name\n    }\n    person {\n      id\n      firstName\n      lastName\n      jobTitle\n      email\n      phone\n    }\n  }\n"): (typeof documents)["\n  fragment AnimatorItem_membership on Membership {\n    id\n    role\n    organization {\n      id\n      slug\n      name\n    }\n    person {\n      id\n      firstName\n      lastName\n      jobTitle\n      email\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixPage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      ...NetworkMatrix_territory\n    }\n  }\n"): (typeof documents)["\n  query MatrixPage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      ...NetworkMatrix_territory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberManagement_network on Network {\n    id\n    slug\n    name\n    memberships {\n      id\n      ...MembershipRow_membership\n      organization {\n        id\n        name\n      }\n      person {\n        id\n        lastName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MemberManagement_network on Network {\n    id\n    slug\n    name\n    memberships {\n      id\n      ...MembershipRow_membership\n      organization {\n        id\n        name\n      }\n      person {\n        id\n        lastName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembershipRow_membership on Membership {\n    id\n    role\n    organization {\n      id\n      name\n    }\n    person {\n      id\n      firstName\n      lastName\n    }\n  }\n"): (typeof documents)["\n  fragment MembershipRow_membership on Membership {\n    id\n    role\n    organization {\n      id\n      name\n    }\n    person {\n      id\n      firstName\n      lastName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkMatrix_territory on Territory {\n    id\n    networks {\n      id\n      slug\n      name\n      memberships {\n        id\n        role\n        organization {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NetworkMatrix_territory on Territory {\n    id\n    networks {\n      id\n      slug\n      name\n      memberships {\n        id\n        role\n        organization {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkMembers_network on Network {\n    id\n    memberships {\n      id\n      role\n      organization {\n        id\n        slug\n        name\n        kind\n        commune {\n          inseeCode\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NetworkMembers_network on Network {\n    id\n    memberships {\n      id\n      role\n      organization {\n        id\n        slug\n        name\n        kind\n        commune {\n          inseeCode\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkPage($slug: String!) {\n    me {\n      id\n      ...ViewerPermissions_user\n    }\n    network(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      theme\n      description\n      animators {\n        id\n        ...AnimatorItem_membership\n      }\n      ...NetworkMembers_network\n      ...MemberManagement_network\n    }\n  }\n"): (typeof documents)["\n  query NetworkPage($slug: String!) {\n    me {\n      id\n      ...ViewerPermissions_user\n    }\n    network(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      theme\n      description\n      animators {\n        id\n        ...AnimatorItem_membership\n      }\n      ...NetworkMembers_network\n      ...MemberManagement_network\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      id\n      network {\n        id\n        animators {\n          id\n          ...AnimatorItem_membership\n        }\n        ...NetworkMembers_network\n        ...MemberManagement_network\n      }\n      organization {\n        id\n        ...OrganizationNetworks_organization\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      id\n      network {\n        id\n        animators {\n          id\n          ...AnimatorItem_membership\n        }\n        ...NetworkMembers_network\n        ...MemberManagement_network\n      }\n      organization {\n        id\n        ...OrganizationNetworks_organization\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMembershipRole($id: ID!, $role: MembershipRole!) {\n    changeMembershipRole(id: $id, role: $role) {\n      id\n      role\n      network {\n        id\n        animators {\n          id\n          ...AnimatorItem_membership\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMembershipRole($id: ID!, $role: MembershipRole!) {\n    changeMembershipRole(id: $id, role: $role) {\n      id\n      role\n      network {\n        id\n        animators {\n          id\n          ...AnimatorItem_membership\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMembership($id: ID!) {\n    removeMembership(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveMembership($id: ID!) {\n    removeMembership(id: $id)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;