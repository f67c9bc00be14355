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
// Changed: Simplified Chinese (locales/zh.json, also ours) is offered next to English and is the default.
// The webapp picks the first available locale matching the browser's first language ("zh-CN" -> "zh",
// "en-US" -> "en"); any other browser language gets fallbackLocale. For English for everyone, set
// fallbackLocale to 'en' (and drop 'zh' from availableLocales). See README, section "Language".

export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  // date formats: moment.js tokens resolved through the locale's dateLocales, so Chinese shows
  // e.g. "2026年11月23日 14:05" (LLL) and English keeps its own format
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'lll',
    normal: 'LLL',
    long: 'LLLL',
    short: 'LL'
  },

  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
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
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // Huifang: the tab "附件" on a task (plugin point tasklist.task.detail), README "Attachments"
  customScripts: ['scripts/huifang-attachments-tab.js'],
  // Huifang: moment.js follows the language in use (scripts/huifang-locale.js); form-js's own strings in
  // Chinese (scripts/huifang-forms.js); lists sorted by due date (scripts/huifang-sorting.js); Camunda's
  // migration banner for administrators only (../huifang/huifang-banner.js, shared with Cockpit, Welcome
  // and Admin)
  requireJsConfig: {
    deps: ['huifang-locale', 'huifang-forms', 'huifang-sorting', 'huifang-banner'],
    ngDeps: ['huifang.locale', 'huifang.forms', 'huifang.sorting', 'huifang.banner'],
    paths: {
      'huifang-locale': 'scripts/huifang-locale',
      'huifang-forms': 'scripts/huifang-forms',
      'huifang-sorting': 'scripts/huifang-sorting',
      'huifang-banner': '../huifang/huifang-banner'
    }
  },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到列表中的第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到列表中的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开发起流程对话框'
    }
  }
};
