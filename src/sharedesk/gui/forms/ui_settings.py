# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsScreen(object):
    def setupUi(self, SettingsScreen):
        if not SettingsScreen.objectName():
            SettingsScreen.setObjectName(u"SettingsScreen")
        self.outer_layout = QVBoxLayout(SettingsScreen)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(SettingsScreen)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.content_layout = QVBoxLayout(self.scroll_contents)
        self.content_layout.setSpacing(12)
        self.content_layout.setObjectName(u"content_layout")
        self.title_label = QLabel(self.scroll_contents)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setWordWrap(True)
        self.title_label.setProperty(u"role", u"heading")

        self.content_layout.addWidget(self.title_label)

        self.security_group = QGroupBox(self.scroll_contents)
        self.security_group.setObjectName(u"security_group")
        self.security_layout = QVBoxLayout(self.security_group)
        self.security_layout.setSpacing(6)
        self.security_layout.setObjectName(u"security_layout")
        self.idle_lock_label = QLabel(self.security_group)
        self.idle_lock_label.setObjectName(u"idle_lock_label")
        self.idle_lock_label.setWordWrap(True)

        self.security_layout.addWidget(self.idle_lock_label)

        self.idle_lock_spin = QSpinBox(self.security_group)
        self.idle_lock_spin.setObjectName(u"idle_lock_spin")
        self.idle_lock_spin.setMinimum(1)
        self.idle_lock_spin.setMaximum(240)

        self.security_layout.addWidget(self.idle_lock_spin)

        self.lock_on_sleep_check = QCheckBox(self.security_group)
        self.lock_on_sleep_check.setObjectName(u"lock_on_sleep_check")

        self.security_layout.addWidget(self.lock_on_sleep_check)

        self.sleep_support_label = QLabel(self.security_group)
        self.sleep_support_label.setObjectName(u"sleep_support_label")
        self.sleep_support_label.setWordWrap(True)

        self.security_layout.addWidget(self.sleep_support_label)

        self.clipboard_label = QLabel(self.security_group)
        self.clipboard_label.setObjectName(u"clipboard_label")
        self.clipboard_label.setWordWrap(True)

        self.security_layout.addWidget(self.clipboard_label)

        self.clipboard_spin = QSpinBox(self.security_group)
        self.clipboard_spin.setObjectName(u"clipboard_spin")
        self.clipboard_spin.setMinimum(5)
        self.clipboard_spin.setMaximum(600)

        self.security_layout.addWidget(self.clipboard_spin)


        self.content_layout.addWidget(self.security_group)

        self.appearance_group = QGroupBox(self.scroll_contents)
        self.appearance_group.setObjectName(u"appearance_group")
        self.appearance_layout = QVBoxLayout(self.appearance_group)
        self.appearance_layout.setSpacing(6)
        self.appearance_layout.setObjectName(u"appearance_layout")
        self.theme_label = QLabel(self.appearance_group)
        self.theme_label.setObjectName(u"theme_label")
        self.theme_label.setWordWrap(True)

        self.appearance_layout.addWidget(self.theme_label)

        self.theme_combo = QComboBox(self.appearance_group)
        self.theme_combo.setObjectName(u"theme_combo")

        self.appearance_layout.addWidget(self.theme_combo)

        self.text_scale_label = QLabel(self.appearance_group)
        self.text_scale_label.setObjectName(u"text_scale_label")
        self.text_scale_label.setWordWrap(True)

        self.appearance_layout.addWidget(self.text_scale_label)

        self.text_scale_combo = QComboBox(self.appearance_group)
        self.text_scale_combo.setObjectName(u"text_scale_combo")

        self.appearance_layout.addWidget(self.text_scale_combo)


        self.content_layout.addWidget(self.appearance_group)

        self.decisions_group = QGroupBox(self.scroll_contents)
        self.decisions_group.setObjectName(u"decisions_group")
        self.decisions_layout = QVBoxLayout(self.decisions_group)
        self.decisions_layout.setSpacing(6)
        self.decisions_layout.setObjectName(u"decisions_layout")
        self.default_flow_label = QLabel(self.decisions_group)
        self.default_flow_label.setObjectName(u"default_flow_label")
        self.default_flow_label.setWordWrap(True)

        self.decisions_layout.addWidget(self.default_flow_label)

        self.default_flow_combo = QComboBox(self.decisions_group)
        self.default_flow_combo.setObjectName(u"default_flow_combo")
        self.default_flow_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.default_flow_combo.setMinimumContentsLength(20)

        self.decisions_layout.addWidget(self.default_flow_combo)


        self.content_layout.addWidget(self.decisions_group)

        self.status_label = QLabel(self.scroll_contents)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setProperty(u"role", u"status")

        self.content_layout.addWidget(self.status_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.content_layout.addItem(self.bottom_spacer)

        self.scroll_area.setWidget(self.scroll_contents)

        self.outer_layout.addWidget(self.scroll_area)

        self.actions_row = QHBoxLayout()
        self.actions_row.setObjectName(u"actions_row")
        self.actions_row.setContentsMargins(9, 6, 9, 9)
        self.save_button = QPushButton(SettingsScreen)
        self.save_button.setObjectName(u"save_button")

        self.actions_row.addWidget(self.save_button)

        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_row.addItem(self.actions_spacer)


        self.outer_layout.addLayout(self.actions_row)

#if QT_CONFIG(shortcut)
        self.idle_lock_label.setBuddy(self.idle_lock_spin)
        self.clipboard_label.setBuddy(self.clipboard_spin)
        self.theme_label.setBuddy(self.theme_combo)
        self.text_scale_label.setBuddy(self.text_scale_combo)
        self.default_flow_label.setBuddy(self.default_flow_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.idle_lock_spin, self.lock_on_sleep_check)
        QWidget.setTabOrder(self.lock_on_sleep_check, self.clipboard_spin)
        QWidget.setTabOrder(self.clipboard_spin, self.theme_combo)
        QWidget.setTabOrder(self.theme_combo, self.text_scale_combo)
        QWidget.setTabOrder(self.text_scale_combo, self.default_flow_combo)
        QWidget.setTabOrder(self.default_flow_combo, self.save_button)

        self.retranslateUi(SettingsScreen)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(SettingsScreen)
    # setupUi

    def retranslateUi(self, SettingsScreen):
        self.title_label.setText(QCoreApplication.translate("SettingsScreen", u"Settings", None))
        self.security_group.setTitle(QCoreApplication.translate("SettingsScreen", u"Security", None))
        self.idle_lock_label.setText(QCoreApplication.translate("SettingsScreen", u"&Lock after this many idle minutes", None))
#if QT_CONFIG(accessibility)
        self.idle_lock_spin.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Lock after this many idle minutes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.idle_lock_spin.setAccessibleDescription(QCoreApplication.translate("SettingsScreen", u"The vault locks after this many minutes without use.", None))
#endif // QT_CONFIG(accessibility)
        self.idle_lock_spin.setSuffix(QCoreApplication.translate("SettingsScreen", u" min", None))
#if QT_CONFIG(accessibility)
        self.lock_on_sleep_check.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Lock when the computer sleeps or the screen locks", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.lock_on_sleep_check.setAccessibleDescription(QCoreApplication.translate("SettingsScreen", u"Lock the vault when the system goes to sleep or the screen locks, where the system reports it.", None))
#endif // QT_CONFIG(accessibility)
        self.lock_on_sleep_check.setText(QCoreApplication.translate("SettingsScreen", u"Lock when the computer &sleeps or the screen locks", None))
        self.sleep_support_label.setText("")
        self.clipboard_label.setText(QCoreApplication.translate("SettingsScreen", u"&Clear copied text after this many seconds", None))
#if QT_CONFIG(accessibility)
        self.clipboard_spin.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Clear copied text after this many seconds", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.clipboard_spin.setAccessibleDescription(QCoreApplication.translate("SettingsScreen", u"Text copied from a record is removed from the clipboard after this many seconds.", None))
#endif // QT_CONFIG(accessibility)
        self.clipboard_spin.setSuffix(QCoreApplication.translate("SettingsScreen", u" s", None))
        self.appearance_group.setTitle(QCoreApplication.translate("SettingsScreen", u"Appearance", None))
        self.theme_label.setText(QCoreApplication.translate("SettingsScreen", u"&Theme", None))
#if QT_CONFIG(accessibility)
        self.theme_combo.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Theme", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.theme_combo.setAccessibleDescription(QCoreApplication.translate("SettingsScreen", u"System colours or high contrast.", None))
#endif // QT_CONFIG(accessibility)
        self.text_scale_label.setText(QCoreApplication.translate("SettingsScreen", u"Text si&ze", None))
#if QT_CONFIG(accessibility)
        self.text_scale_combo.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Text size", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.text_scale_combo.setAccessibleDescription(QCoreApplication.translate("SettingsScreen", u"Make all text larger, from 100% to 200%.", None))
#endif // QT_CONFIG(accessibility)
        self.decisions_group.setTitle(QCoreApplication.translate("SettingsScreen", u"Decisions", None))
        self.default_flow_label.setText(QCoreApplication.translate("SettingsScreen", u"&Default guidance", None))
#if QT_CONFIG(accessibility)
        self.default_flow_combo.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Default guidance", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.default_flow_combo.setAccessibleDescription(QCoreApplication.translate("SettingsScreen", u"The guidance offered first when you start a decision.", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText("")
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Save settings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleDescription(QCoreApplication.translate("SettingsScreen", u"Save and apply these settings.", None))
#endif // QT_CONFIG(accessibility)
        self.save_button.setText(QCoreApplication.translate("SettingsScreen", u"S&ave settings", None))
        pass
    # retranslateUi

