import groupActivities from "./groupActivities";
import { Admin, CustomRoutes, Resource } from "react-admin";
import { createHashRouter, Route, RouterProvider } from "react-router";
import assignments from "./assignments";
import auditLog from "./auditLog";
import { authProvider } from "./authProvider";
import { ChangePasswordPage } from "./account/ChangePasswordPage";
import { ForgotPasswordPage } from "./account/ForgotPasswordPage";
import { LoginPage } from "./account/LoginPage";
import { ResetPasswordPage } from "./account/ResetPasswordPage";
import { MyClaims } from "./claims/MyClaims";
import compensationRules from "./compensationRules";
import { Dashboard } from "./dashboard/Dashboard";
import { MyHours } from "./hours/MyHours";
import { AgendaPage } from "./agenda/AgendaPage";
import { dataProvider } from "./dataProvider";
import { displayLocale, i18nProvider } from "./i18n";
import { setRefusalWording } from "./dataProvider/graphqlClient";
import { wordReason } from "./common/wordReason";
import keyPersons from "./keyPersons";
import matchRequests from "./matchRequests";
import unmetRequests from "./matchRequests/unmet";
import { Layout } from "./layout/Layout";
import { theme } from "./layout/theme";
import { MyProfile } from "./myProfile/MyProfile";
import { ImportPage } from "./import/ImportPage";
import { InvitationPage } from "./import/InvitationPage";
import { PaymentExportsPage } from "./paymentExports/PaymentExportsPage";
import { ReviewPage } from "./review/ReviewPage";
import { MyWellbeing } from "./wellbeing/MyWellbeing";
import notifications from "./notifications";
import organisations from "./organisations";
import users from "./users";
import complaints from "./complaints";
import organisationFlags from "./organisationFlags";
import { SignalsPage } from "./signals/SignalsPage";
import qualificationTypes from "./qualificationTypes";
import referrals from "./referrals";
import { ReferralCreatePage } from "./referrals/ReferralCreatePage";
// care services (issue 18)
import careServices from "./careServices";
import { TransfersPage } from "./transfers/TransfersPage";
import { ResearchExtractPage } from "./research/ResearchExtractPage";
import { LazyReportsPage } from "./reports/LazyReportsPage";

// Refusals reach every page worded in the reader's language, by their reason code.
setRefusalWording((reason) => wordReason(reason, { translate: i18nProvider.translate, locale: displayLocale(i18nProvider.getLocale()) }));

// Every resource is registered for every role; authProvider.canAccess (canAccess.ts)
// decides what each role sees in the menu and may open.
const Console = () => (
  <Admin
    title="Sleutelkaart"
    dataProvider={dataProvider}
    authProvider={authProvider}
    loginPage={LoginPage}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    theme={theme}
    requireAuth
    disableTelemetry
  >
    <Resource name="keyPersons" {...keyPersons} />
    <Resource name="organisations" {...organisations} />
    <Resource name="users" {...users} />
    <Resource name="matchRequests" {...matchRequests} />
    <Resource name="unmetRequests" {...unmetRequests} />
    <Resource name="assignments" {...assignments} />
    <Resource name="compensationRules" {...compensationRules} />
    <Resource name="notifications" {...notifications} />
    <Resource name="auditLog" {...auditLog} />
    <Resource name="complaints" {...complaints} />
    <Resource name="organisationFlags" {...organisationFlags} />
    <Resource name="qualificationTypes" {...qualificationTypes} />
    <Resource name="groupActivities" {...groupActivities} />
    <Resource name="languages" recordRepresentation="name" />
    <Resource name="expertiseAreas" recordRepresentation="name" />
    <Resource name="municipalities" recordRepresentation="name" />
    {/* referrals (issue 18) */}
    <Resource name="referrals" {...referrals} />
    {/* care services (issue 18): "Hulpaanbod" */}
    <Resource name="careServices" {...careServices} />
    <CustomRoutes>
      <Route path="/my-profile" element={<MyProfile />} />
      <Route path="/my-hours" element={<MyHours />} />
      <Route path="/my-agenda" element={<AgendaPage />} />
      <Route path="/key-persons/:keyPersonId/agenda" element={<AgendaPage />} />
      <Route path="/my-claims" element={<MyClaims />} />
      <Route path="/my-wellbeing" element={<MyWellbeing />} />
      <Route path="/review" element={<ReviewPage />} />
      <Route path="/payment-exports" element={<PaymentExportsPage />} />
      <Route path="/import" element={<ImportPage />} />
      <Route path="/change-password" element={<ChangePasswordPage />} />
      <Route path="/my-signals" element={<SignalsPage />} />
      {/* referrals (issue 18): refer from an assignment, or again after a move */}
      <Route path="/referrals/new/:assignmentId" element={<ReferralCreatePage />} />
      <Route path="/referrals/:id/reroute" element={<ReferralCreatePage />} />
      {/* request transfers (issue 18, transfers) */}
      <Route path="/transfers" element={<TransfersPage />} />
      <Route path="/research-extract" element={<ResearchExtractPage />} />
      {/* reports (issue 20) */}
      <Route path="/reports" element={<LazyReportsPage />} />
    </CustomRoutes>
    <CustomRoutes noLayout>
      <Route path="/invitation/:token" element={<InvitationPage />} />
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
    </CustomRoutes>
  </Admin>
);

/**
 * The console's own hash router, with router updates outside React transitions.
 *
 * react-admin would create the same router itself, but react-router 7 then wraps every
 * location change in React.startTransition. Logged out, react-admin's LogoutOnMount
 * navigates to /login and at once clears its query cache; that urgent update re-renders
 * the routes at the old address, which mounts LogoutOnMount again, which navigates
 * again and interrupts the pending transition… thousands of times, for 10-20 s, before
 * the login form showed. Without transitions the navigation lands first (react-admin
 * issue #10885). The data router keeps useBlocker (unsaved-changes warnings) working.
 */
const router = createHashRouter([{ path: "*", element: <Console /> }]);

export const App = () => <RouterProvider router={router} useTransitions={false} />;
