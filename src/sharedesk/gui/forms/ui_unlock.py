# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_UnlockScreen(object):
    def setupUi(self, UnlockScreen):
        if not UnlockScreen.objectName():
            UnlockScreen.setObjectName(u"UnlockScreen")
        self.outer_layout = QVBoxLayout(UnlockScreen)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(UnlockScreen)
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

        self.passphrase_label = QLabel(self.scroll_contents)
        self.passphrase_label.setObjectName(u"passphrase_label")
        self.passphrase_label.setWordWrap(True)

        self.content_layout.addWidget(self.passphrase_label)

        self.passphrase_edit = QLineEdit(self.scroll_contents)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.content_layout.addWidget(self.passphrase_edit)

        self.show_passphrase_check = QCheckBox(self.scroll_contents)
        self.show_passphrase_check.setObjectName(u"show_passphrase_check")

        self.content_layout.addWidget(self.show_passphrase_check)

        self.error_label = QLabel(self.scroll_contents)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.content_layout.addWidget(self.error_label)

        self.backoff_label = QLabel(self.scroll_contents)
        self.backoff_label.setObjectName(u"backoff_label")
        self.backoff_label.setWordWrap(True)
        self.backoff_label.setProperty(u"role", u"warning")

        self.content_layout.addWidget(self.backoff_label)

        self.busy_bar = QProgressBar(self.scroll_contents)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMinimum(0)
        self.busy_bar.setMaximum(0)

        self.content_layout.addWidget(self.busy_bar)

        self.actions_row = QHBoxLayout()
        self.actions_row.setObjectName(u"actions_row")
        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_row.addItem(self.actions_spacer)

        self.unlock_button = QPushButton(self.scroll_contents)
        self.unlock_button.setObjectName(u"unlock_button")

        self.actions_row.addWidget(self.unlock_button)


        self.content_layout.addLayout(self.actions_row)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.content_layout.addItem(self.bottom_spacer)

        self.scroll_area.setWidget(self.scroll_contents)

        self.outer_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.passphrase_label.setBuddy(self.passphrase_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphrase_edit, self.show_passphrase_check)
        QWidget.setTabOrder(self.show_passphrase_check, self.unlock_button)

        self.retranslateUi(UnlockScreen)

        self.unlock_button.setDefault(True)


        QMetaObject.connectSlotsByName(UnlockScreen)
    # setupUi

    def retranslateUi(self, UnlockScreen):
        self.title_label.setText(QCoreApplication.translate("UnlockScreen", u"Unlock sharedesk", None))
        self.intro_label.setText(QCoreApplication.translate("UnlockScreen", u"Your records are locked. Enter your passphrase to open the vault.", None))
        self.passphrase_label.setText(QCoreApplication.translate("UnlockScreen", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("UnlockScreen", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleDescription(QCoreApplication.translate("UnlockScreen", u"The passphrase for your vault.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.show_passphrase_check.setAccessibleName(QCoreApplication.translate("UnlockScreen", u"Show passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.show_passphrase_check.setAccessibleDescription(QCoreApplication.translate("UnlockScreen", u"Show the passphrase as you type it.", None))
#endif // QT_CONFIG(accessibility)
        self.show_passphrase_check.setText(QCoreApplication.translate("UnlockScreen", u"&Show passphrase", None))
        self.error_label.setText("")
        self.backoff_label.setText("")
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("UnlockScreen", u"Unlocking", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleDescription(QCoreApplication.translate("UnlockScreen", u"Shown while the vault is being unlocked.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unlock_button.setAccessibleName(QCoreApplication.translate("UnlockScreen", u"Unlock", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unlock_button.setAccessibleDescription(QCoreApplication.translate("UnlockScreen", u"Open the vault with this passphrase.", None))
#endif // QT_CONFIG(accessibility)
        self.unlock_button.setText(QCoreApplication.translate("UnlockScreen", u"&Unlock", None))
        pass
    # retranslateUi

