// Huifang: Camunda's "time to migrate to Camunda 8" banner (BANNER_CE_EOL_TEXT, on top of every page of
// the Camunda 7 Community Edition webapps) is shown to those who may open Admin only: the members of
// camunda-admin, who can act on it. Staff and managers, who cannot, no longer see it, nor does the login
// page. The banner belongs to the webapps' shared header (directive camWidgetHeader, which shows it
// while isCommunityEdition is true); this module decorates the header's controller so that the flag
// follows the logged-in user's authorized applications. Shared by Tasklist, Cockpit, Welcome and Admin
// through each config.js's requireJsConfig (path '../huifang/huifang-banner'). See README, section
// "Language".
define('huifang-banner', ['angular'], function (angular) {
  'use strict';

  function administrator(authentication) {
    return !!(authentication && authentication.authorizedApps
      && authentication.authorizedApps.indexOf('admin') > -1);
  }

  return angular.module('huifang.banner', ['camunda.common.widgets']).config(['$provide', function ($provide) {
    $provide.decorator('camWidgetHeaderDirective', ['$delegate', function ($delegate) {
      var header = $delegate[0];
      var annotated = header.controller;   // ['$scope', ..., function]
      var names = annotated.slice(0, -1);
      var original = annotated[annotated.length - 1];
      var scopeAt = names.indexOf('$scope');
      header.controller = names.concat(function () {
        var scope = arguments[scopeAt];
        original.apply(this, arguments);
        scope.isCommunityEdition = administrator(scope.authentication);
        scope.$watch('authentication', function (authentication) {
          scope.isCommunityEdition = administrator(authentication);
        });
      });
      return $delegate;
    }]);
  }]);
});
