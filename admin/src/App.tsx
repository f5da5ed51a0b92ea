import { Admin, CustomRoutes, Resource } from "react-admin";
import { Route } from "react-router";
import { authProvider } from "./authProvider";
import { Dashboard } from "./dashboard/Dashboard";
import { dataProvider } from "./dataProvider";
import { i18nProvider } from "./i18n";
import keyPersons from "./keyPersons";
import { Layout } from "./layout/Layout";
import { theme } from "./layout/theme";
import { MyProfile } from "./myProfile/MyProfile";
import organisations from "./organisations";
import users from "./users";

// Every resource is registered for every role; authProvider.canAccess (canAccess.ts)
// decides what each role sees in the menu and may open.
export const App = () => (
  <Admin
    title="Sleutelkaart"
    dataProvider={dataProvider}
    authProvider={authProvider}
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
    <Resource name="languages" recordRepresentation="name" />
    <Resource name="expertiseAreas" recordRepresentation="name" />
    <Resource name="municipalities" recordRepresentation="name" />
    <CustomRoutes>
      <Route path="/my-profile" element={<MyProfile />} />
    </CustomRoutes>
  </Admin>
);
