/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Huifang: Camunda 7.24.0's config.js of this webapp (from org.camunda.bpm.webapp:camunda-webapp-webjar),
// served instead of the jar's copy from our application jar (same path under META-INF/resources/webjars).
// Changed: the Huifang KPI and customer-survey dashboard plugins (customScripts). Simplified Chinese (locales/zh.json, also ours) is offered next to English and is the default.
// The webapp picks the first available locale matching the browser's first language ("zh-CN" -> "zh",
// "en-US" -> "en"); any other browser language gets fallbackLocale. For English for everyone, set
// fallbackLocale to 'en' (and drop 'zh' from availableLocales). See README, section "Language".

export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  // date formats: moment.js tokens resolved through the locale's dateLocales, so Chinese shows
  // e.g. "2026年11月23日 14:05" (LLL) and English keeps its own format.
  // Cockpit 7.24 itself does not read dateFormat (it hard-codes "normal" as YYYY-MM-DD[T]HH:mm:ss): the
  // module huifang.dates (scripts/huifang-dates.js, loaded by requireJsConfig below) applies it
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'lll',
    normal: 'LLL',
    long: 'LLLL',
    short: 'LL'
  },
  // the KPI dashboard on the start page (plugin point cockpit.dashboard), see README, section "KPIs"
  // and the tab "附件" of a process instance (plugin point cockpit.processInstance.runtime.tab), README "Attachments"
  customScripts: ['scripts/huifang-kpi-dashboard.js', 'scripts/huifang-survey-dashboard.js', 'scripts/huifang-attachments-tab.js'],
  // Huifang: config.js's dateFormat applied (scripts/huifang-dates.js); Camunda's migration banner for
  // administrators only (../huifang/huifang-banner.js, shared with Tasklist, Welcome and Admin)
  requireJsConfig: {
    deps: ['huifang-dates', 'huifang-banner'],
    ngDeps: ['huifang.dates', 'huifang.banner'],
    paths: {
      'huifang-dates': 'scripts/huifang-dates',
      'huifang-banner': '../huifang/huifang-banner'
    }
  },

  // // change the app name and vendor
  // app: {
  //   name: 'Operations',
  //   vendor: 'Company'
  // },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'cockpit' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `cockpit` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // historicActivityInstanceMetrics: {
  //   adjustablePeriod: true,
  //   //select from the default time period: day, week, month, complete
  //   period: {
  //     unit: 'week'
  //   }
  // },
  // runtimeActivityInstanceMetrics: {
  //   display: true
  // },
  // skipCustomListeners: {
  //   default: true,
  //   hidden: false
  // },
  // skipIoMappings: {
  //   default: true,
  //   hidden: false
  // },
  // cascade: {
  //   default: false
  // },
  // 'batchOperation' : {
  //   // select mode of query for process instances or decision instances
  //   // possible values: filter, search
  //   'mode': 'filter',
  //
  //   // select if Historic Batches should be loaded automatically when navigating to #/batch
  //   'autoLoadEnded': true
  // },
  // bpmnJs: {
  //   moddleExtensions: {
  //     // if you have a folder called 'my-custom-moddle' (in the 'cockpit' folder)
  //     // with a file called 'camunda.json' in it defining the 'camunda' moddle extension
  //     camunda: 'my-custom-moddle/camunda'
  //   },
  //   additionalModules: [
  //     // if you have a folder called 'my-custom-module' (in the 'cockpit' folder)
  //     // with a file called 'module.js' in it
  //     'my-custom-module/module'
  //   ],
  // },
  // defaultFilter: {
  //   historicProcessDefinitionInstancesSearch: {
  //     lastDays: 5,
  //     event: 'started'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // userOperationLogAnnotationLength: 5000,
  // previewHtml: true
};
