# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_detail.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTextBrowser, QVBoxLayout)

class Ui_RecordDetail(object):
    def setupUi(self, RecordDetail):
        if not RecordDetail.objectName():
            RecordDetail.setObjectName(u"RecordDetail")
        RecordDetail.resize(900, 700)
        self.root_layout = QVBoxLayout(RecordDetail)
        self.root_layout.setObjectName(u"root_layout")
        self.detail_title = QLabel(RecordDetail)
        self.detail_title.setObjectName(u"detail_title")
        self.detail_title.setWordWrap(True)

        self.root_layout.addWidget(self.detail_title)

        self.detail_status = QLabel(RecordDetail)
        self.detail_status.setObjectName(u"detail_status")
        self.detail_status.setWordWrap(True)

        self.root_layout.addWidget(self.detail_status)

        self.detail_view = QTextBrowser(RecordDetail)
        self.detail_view.setObjectName(u"detail_view")
        self.detail_view.setOpenLinks(False)
        self.detail_view.setTabChangesFocus(True)

        self.root_layout.addWidget(self.detail_view)

        self.detail_message = QLabel(RecordDetail)
        self.detail_message.setObjectName(u"detail_message")
        self.detail_message.setWordWrap(True)

        self.root_layout.addWidget(self.detail_message)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.copy_id_button = QPushButton(RecordDetail)
        self.copy_id_button.setObjectName(u"copy_id_button")

        self.actions_layout.addWidget(self.copy_id_button)

        self.copy_text_button = QPushButton(RecordDetail)
        self.copy_text_button.setObjectName(u"copy_text_button")

        self.actions_layout.addWidget(self.copy_text_button)

        self.actions_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.export_button = QPushButton(RecordDetail)
        self.export_button.setObjectName(u"export_button")

        self.actions_layout.addWidget(self.export_button)

        self.amend_button = QPushButton(RecordDetail)
        self.amend_button.setObjectName(u"amend_button")

        self.actions_layout.addWidget(self.amend_button)


        self.root_layout.addLayout(self.actions_layout)


        self.retranslateUi(RecordDetail)

        QMetaObject.connectSlotsByName(RecordDetail)
    # setupUi

    def retranslateUi(self, RecordDetail):
#if QT_CONFIG(accessibility)
        self.detail_view.setAccessibleName(QCoreApplication.translate("RecordDetail", u"Record", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detail_view.setAccessibleDescription(QCoreApplication.translate("RecordDetail", u"The path taken, the record, its amendments and its audit events", None))
#endif // QT_CONFIG(accessibility)
        self.copy_id_button.setText(QCoreApplication.translate("RecordDetail", u"Copy record &id", None))
#if QT_CONFIG(accessibility)
        self.copy_id_button.setAccessibleName(QCoreApplication.translate("RecordDetail", u"Copy record id", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.copy_id_button.setAccessibleDescription(QCoreApplication.translate("RecordDetail", u"Copy the record id; the clipboard is cleared after a short time", None))
#endif // QT_CONFIG(accessibility)
        self.copy_text_button.setText(QCoreApplication.translate("RecordDetail", u"&Copy record text", None))
#if QT_CONFIG(accessibility)
        self.copy_text_button.setAccessibleName(QCoreApplication.translate("RecordDetail", u"Copy record text", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.copy_text_button.setAccessibleDescription(QCoreApplication.translate("RecordDetail", u"Copy the whole record as text; the clipboard is cleared after a short time", None))
#endif // QT_CONFIG(accessibility)
        self.export_button.setText(QCoreApplication.translate("RecordDetail", u"E&xport this record...", None))
#if QT_CONFIG(accessibility)
        self.export_button.setAccessibleName(QCoreApplication.translate("RecordDetail", u"Export this record", None))
#endif // QT_CONFIG(accessibility)
        self.amend_button.setText(QCoreApplication.translate("RecordDetail", u"&Add amendment", None))
#if QT_CONFIG(accessibility)
        self.amend_button.setAccessibleName(QCoreApplication.translate("RecordDetail", u"Add amendment", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.amend_button.setAccessibleDescription(QCoreApplication.translate("RecordDetail", u"Correct or add to this finalised record, with a reason; the original is kept", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

