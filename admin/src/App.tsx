import { Admin, CustomRoutes, Resource } from "react-admin";
import { Route } from "react-router";
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

// Refusals reach every page worded in the reader's language, by their reason code.
setRefusalWording((reason) => wordReason(reason, { translate: i18nProvider.translate, locale: displayLocale(i18nProvider.getLocale()) }));

// Every resource is registered for every role; authProvider.canAccess (canAccess.ts)
// decides what each role sees in the menu and may open.
export const App = () => (
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
    <Resource name="languages" recordRepresentation="name" />
    <Resource name="expertiseAreas" recordRepresentation="name" />
    <Resource name="municipalities" recordRepresentation="name" />
    <CustomRoutes>
      <Route path="/my-profile" element={<MyProfile />} />
      <Route path="/my-hours" element={<MyHours />} />
      <Route path="/my-claims" element={<MyClaims />} />
      <Route path="/my-wellbeing" element={<MyWellbeing />} />
      <Route path="/review" element={<ReviewPage />} />
      <Route path="/payment-exports" element={<PaymentExportsPage />} />
      <Route path="/import" element={<ImportPage />} />
      <Route path="/change-password" element={<ChangePasswordPage />} />
    </CustomRoutes>
    <CustomRoutes noLayout>
      <Route path="/invitation/:token" element={<InvitationPage />} />
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
    </CustomRoutes>
  </Admin>
);
