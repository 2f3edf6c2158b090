# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirstRunScreen(object):
    def setupUi(self, FirstRunScreen):
        if not FirstRunScreen.objectName():
            FirstRunScreen.setObjectName(u"FirstRunScreen")
        self.outer_layout = QVBoxLayout(FirstRunScreen)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(FirstRunScreen)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
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

        self.intro_label = QLabel(self.scroll_contents)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.content_layout.addWidget(self.intro_label)

        self.passphrase_group = QGroupBox(self.scroll_contents)
        self.passphrase_group.setObjectName(u"passphrase_group")
        self.passphrase_layout = QVBoxLayout(self.passphrase_group)
        self.passphrase_layout.setSpacing(6)
        self.passphrase_layout.setObjectName(u"passphrase_layout")
        self.passphrase_label = QLabel(self.passphrase_group)
        self.passphrase_label.setObjectName(u"passphrase_label")
        self.passphrase_label.setWordWrap(True)

        self.passphrase_layout.addWidget(self.passphrase_label)

        self.passphrase_edit = QLineEdit(self.passphrase_group)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphrase_layout.addWidget(self.passphrase_edit)

        self.confirm_label = QLabel(self.passphrase_group)
        self.confirm_label.setObjectName(u"confirm_label")
        self.confirm_label.setWordWrap(True)

        self.passphrase_layout.addWidget(self.confirm_label)

        self.confirm_edit = QLineEdit(self.passphrase_group)
        self.confirm_edit.setObjectName(u"confirm_edit")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphrase_layout.addWidget(self.confirm_edit)

        self.strength_bar = QProgressBar(self.passphrase_group)
        self.strength_bar.setObjectName(u"strength_bar")
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setMaximum(100)
        self.strength_bar.setValue(0)

        self.passphrase_layout.addWidget(self.strength_bar)

        self.strength_label = QLabel(self.passphrase_group)
        self.strength_label.setObjectName(u"strength_label")
        self.strength_label.setWordWrap(True)

        self.passphrase_layout.addWidget(self.strength_label)

        self.recovery_warning_label = QLabel(self.passphrase_group)
        self.recovery_warning_label.setObjectName(u"recovery_warning_label")
        self.recovery_warning_label.setWordWrap(True)
        self.recovery_warning_label.setProperty(u"role", u"warning")

        self.passphrase_layout.addWidget(self.recovery_warning_label)


        self.content_layout.addWidget(self.passphrase_group)

        self.about_you_group = QGroupBox(self.scroll_contents)
        self.about_you_group.setObjectName(u"about_you_group")
        self.about_you_layout = QVBoxLayout(self.about_you_group)
        self.about_you_layout.setSpacing(6)
        self.about_you_layout.setObjectName(u"about_you_layout")
        self.name_label = QLabel(self.about_you_group)
        self.name_label.setObjectName(u"name_label")
        self.name_label.setWordWrap(True)

        self.about_you_layout.addWidget(self.name_label)

        self.name_edit = QLineEdit(self.about_you_group)
        self.name_edit.setObjectName(u"name_edit")

        self.about_you_layout.addWidget(self.name_edit)

        self.role_label = QLabel(self.about_you_group)
        self.role_label.setObjectName(u"role_label")
        self.role_label.setWordWrap(True)

        self.about_you_layout.addWidget(self.role_label)

        self.role_edit = QLineEdit(self.about_you_group)
        self.role_edit.setObjectName(u"role_edit")

        self.about_you_layout.addWidget(self.role_edit)


        self.content_layout.addWidget(self.about_you_group)

        self.guidance_group = QGroupBox(self.scroll_contents)
        self.guidance_group.setObjectName(u"guidance_group")
        self.guidance_layout = QVBoxLayout(self.guidance_group)
        self.guidance_layout.setSpacing(6)
        self.guidance_layout.setObjectName(u"guidance_layout")
        self.flow_label = QLabel(self.guidance_group)
        self.flow_label.setObjectName(u"flow_label")
        self.flow_label.setWordWrap(True)

        self.guidance_layout.addWidget(self.flow_label)

        self.flow_combo = QComboBox(self.guidance_group)
        self.flow_combo.setObjectName(u"flow_combo")
        self.flow_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.flow_combo.setMinimumContentsLength(20)

        self.guidance_layout.addWidget(self.flow_combo)

        self.profile_label = QLabel(self.guidance_group)
        self.profile_label.setObjectName(u"profile_label")
        self.profile_label.setWordWrap(True)

        self.guidance_layout.addWidget(self.profile_label)

        self.profile_row = QHBoxLayout()
        self.profile_row.setObjectName(u"profile_row")
        self.profile_edit = QLineEdit(self.guidance_group)
        self.profile_edit.setObjectName(u"profile_edit")

        self.profile_row.addWidget(self.profile_edit)

        self.profile_browse_button = QPushButton(self.guidance_group)
        self.profile_browse_button.setObjectName(u"profile_browse_button")

        self.profile_row.addWidget(self.profile_browse_button)


        self.guidance_layout.addLayout(self.profile_row)

        self.profile_status_label = QLabel(self.guidance_group)
        self.profile_status_label.setObjectName(u"profile_status_label")
        self.profile_status_label.setWordWrap(True)

        self.guidance_layout.addWidget(self.profile_status_label)


        self.content_layout.addWidget(self.guidance_group)

        self.error_label = QLabel(self.scroll_contents)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.content_layout.addWidget(self.error_label)

        self.busy_bar = QProgressBar(self.scroll_contents)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMinimum(0)
        self.busy_bar.setMaximum(0)

        self.content_layout.addWidget(self.busy_bar)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.content_layout.addItem(self.bottom_spacer)

        self.scroll_area.setWidget(self.scroll_contents)

        self.outer_layout.addWidget(self.scroll_area)

        self.actions_row = QHBoxLayout()
        self.actions_row.setObjectName(u"actions_row")
        self.actions_row.setContentsMargins(9, 6, 9, 9)
        self.create_button = QPushButton(FirstRunScreen)
        self.create_button.setObjectName(u"create_button")

        self.actions_row.addWidget(self.create_button)

        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_row.addItem(self.actions_spacer)


        self.outer_layout.addLayout(self.actions_row)

#if QT_CONFIG(shortcut)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.confirm_label.setBuddy(self.confirm_edit)
        self.name_label.setBuddy(self.name_edit)
        self.role_label.setBuddy(self.role_edit)
        self.flow_label.setBuddy(self.flow_combo)
        self.profile_label.setBuddy(self.profile_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphrase_edit, self.confirm_edit)
        QWidget.setTabOrder(self.confirm_edit, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.role_edit)
        QWidget.setTabOrder(self.role_edit, self.flow_combo)
        QWidget.setTabOrder(self.flow_combo, self.profile_edit)
        QWidget.setTabOrder(self.profile_edit, self.profile_browse_button)
        QWidget.setTabOrder(self.profile_browse_button, self.create_button)

        self.retranslateUi(FirstRunScreen)

        self.create_button.setDefault(True)


        QMetaObject.connectSlotsByName(FirstRunScreen)
    # setupUi

    def retranslateUi(self, FirstRunScreen):
        self.title_label.setText(QCoreApplication.translate("FirstRunScreen", u"Set up sharedesk", None))
        self.intro_label.setText(QCoreApplication.translate("FirstRunScreen", u"sharedesk keeps your decision records in an encrypted vault on this computer. Choose a passphrase you will remember: it is the only way into the vault.", None))
        self.passphrase_group.setTitle(QCoreApplication.translate("FirstRunScreen", u"Vault passphrase", None))
        self.passphrase_label.setText(QCoreApplication.translate("FirstRunScreen", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("FirstRunScreen", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleDescription(QCoreApplication.translate("FirstRunScreen", u"The passphrase that will open your vault. Use a few uncommon words: the strength shown below must be good or strong.", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_label.setText(QCoreApplication.translate("FirstRunScreen", u"Type the passphrase &again", None))
#if QT_CONFIG(accessibility)
        self.confirm_edit.setAccessibleName(QCoreApplication.translate("FirstRunScreen", u"Type the passphrase again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.confirm_edit.setAccessibleDescription(QCoreApplication.translate("FirstRunScreen", u"The same passphrase, to check it was typed as meant.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strength_bar.setAccessibleName(QCoreApplication.translate("FirstRunScreen", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strength_bar.setAccessibleDescription(QCoreApplication.translate("FirstRunScreen", u"How hard the passphrase would be to guess.", None))
#endif // QT_CONFIG(accessibility)
        self.strength_label.setText(QCoreApplication.translate("FirstRunScreen", u"Strength: none yet", None))
        self.recovery_warning_label.setText(QCoreApplication.translate("FirstRunScreen", u"If you forget this passphrase the vault cannot be opened, and your records cannot be recovered.", None))
        self.about_you_group.setTitle(QCoreApplication.translate("FirstRunScreen", u"About you", None))
        self.name_label.setText(QCoreApplication.translate("FirstRunScreen", u"Your &name", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("FirstRunScreen", u"Your name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleDescription(QCoreApplication.translate("FirstRunScreen", u"Your name as the decision-maker on records.", None))
#endif // QT_CONFIG(accessibility)
        self.role_label.setText(QCoreApplication.translate("FirstRunScreen", u"Your &role", None))
#if QT_CONFIG(accessibility)
        self.role_edit.setAccessibleName(QCoreApplication.translate("FirstRunScreen", u"Your role", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.role_edit.setAccessibleDescription(QCoreApplication.translate("FirstRunScreen", u"For example GP, health visitor or designated safeguarding lead.", None))
#endif // QT_CONFIG(accessibility)
        self.guidance_group.setTitle(QCoreApplication.translate("FirstRunScreen", u"Guidance", None))
        self.flow_label.setText(QCoreApplication.translate("FirstRunScreen", u"&Which guidance do you follow?", None))
#if QT_CONFIG(accessibility)
        self.flow_combo.setAccessibleName(QCoreApplication.translate("FirstRunScreen", u"Which guidance do you follow?", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.flow_combo.setAccessibleDescription(QCoreApplication.translate("FirstRunScreen", u"The jurisdiction and guidance used when you start a decision.", None))
#endif // QT_CONFIG(accessibility)
        self.profile_label.setText(QCoreApplication.translate("FirstRunScreen", u"Organisation &profile file (optional)", None))
#if QT_CONFIG(accessibility)
        self.profile_edit.setAccessibleName(QCoreApplication.translate("FirstRunScreen", u"Organisation profile file (optional)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.profile_edit.setAccessibleDescription(QCoreApplication.translate("FirstRunScreen", u"A file from your organisation with local contacts and its recovery key.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.profile_browse_button.setAccessibleName(QCoreApplication.translate("FirstRunScreen", u"Browse for the organisation profile file", None))
#endif // QT_CONFIG(accessibility)
        self.profile_browse_button.setText(QCoreApplication.translate("FirstRunScreen", u"&Browse\u2026", None))
        self.profile_status_label.setText("")
        self.error_label.setText("")
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("FirstRunScreen", u"Creating vault", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleDescription(QCoreApplication.translate("FirstRunScreen", u"Shown while the vault is being created.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.create_button.setAccessibleName(QCoreApplication.translate("FirstRunScreen", u"Create vault", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.create_button.setAccessibleDescription(QCoreApplication.translate("FirstRunScreen", u"Create the encrypted vault with these details.", None))
#endif // QT_CONFIG(accessibility)
        self.create_button.setText(QCoreApplication.translate("FirstRunScreen", u"&Create vault", None))
        pass
    # retranslateUi

