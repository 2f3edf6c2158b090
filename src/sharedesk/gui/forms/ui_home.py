# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QFrame, QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_HomeScreen(object):
    def setupUi(self, HomeScreen):
        if not HomeScreen.objectName():
            HomeScreen.setObjectName(u"HomeScreen")
        self.outer_layout = QVBoxLayout(HomeScreen)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(HomeScreen)
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

        self.urgent_label = QLabel(self.scroll_contents)
        self.urgent_label.setObjectName(u"urgent_label")
        self.urgent_label.setWordWrap(True)
        self.urgent_label.setProperty(u"role", u"urgent")

        self.content_layout.addWidget(self.urgent_label)

        self.start_group = QGroupBox(self.scroll_contents)
        self.start_group.setObjectName(u"start_group")
        self.start_layout = QVBoxLayout(self.start_group)
        self.start_layout.setSpacing(6)
        self.start_layout.setObjectName(u"start_layout")
        self.flow_label = QLabel(self.start_group)
        self.flow_label.setObjectName(u"flow_label")
        self.flow_label.setWordWrap(True)

        self.start_layout.addWidget(self.flow_label)

        self.start_row = QHBoxLayout()
        self.start_row.setObjectName(u"start_row")
        self.flow_combo = QComboBox(self.start_group)
        self.flow_combo.setObjectName(u"flow_combo")
        self.flow_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.flow_combo.setMinimumContentsLength(20)

        self.start_row.addWidget(self.flow_combo)

        self.start_button = QPushButton(self.start_group)
        self.start_button.setObjectName(u"start_button")

        self.start_row.addWidget(self.start_button)

        self.start_row.setStretch(0, 1)

        self.start_layout.addLayout(self.start_row)


        self.content_layout.addWidget(self.start_group)

        self.drafts_group = QGroupBox(self.scroll_contents)
        self.drafts_group.setObjectName(u"drafts_group")
        self.drafts_layout = QVBoxLayout(self.drafts_group)
        self.drafts_layout.setSpacing(6)
        self.drafts_layout.setObjectName(u"drafts_layout")
        self.drafts_list = QListWidget(self.drafts_group)
        self.drafts_list.setObjectName(u"drafts_list")
        self.drafts_list.setWordWrap(True)

        self.drafts_layout.addWidget(self.drafts_list)

        self.drafts_empty_label = QLabel(self.drafts_group)
        self.drafts_empty_label.setObjectName(u"drafts_empty_label")
        self.drafts_empty_label.setWordWrap(True)

        self.drafts_layout.addWidget(self.drafts_empty_label)

        self.drafts_row = QHBoxLayout()
        self.drafts_row.setObjectName(u"drafts_row")
        self.drafts_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.drafts_row.addItem(self.drafts_spacer)

        self.resume_button = QPushButton(self.drafts_group)
        self.resume_button.setObjectName(u"resume_button")

        self.drafts_row.addWidget(self.resume_button)


        self.drafts_layout.addLayout(self.drafts_row)


        self.content_layout.addWidget(self.drafts_group)

        self.recent_group = QGroupBox(self.scroll_contents)
        self.recent_group.setObjectName(u"recent_group")
        self.recent_layout = QVBoxLayout(self.recent_group)
        self.recent_layout.setSpacing(6)
        self.recent_layout.setObjectName(u"recent_layout")
        self.recent_list = QListWidget(self.recent_group)
        self.recent_list.setObjectName(u"recent_list")
        self.recent_list.setWordWrap(True)

        self.recent_layout.addWidget(self.recent_list)

        self.recent_empty_label = QLabel(self.recent_group)
        self.recent_empty_label.setObjectName(u"recent_empty_label")
        self.recent_empty_label.setWordWrap(True)

        self.recent_layout.addWidget(self.recent_empty_label)

        self.recent_row = QHBoxLayout()
        self.recent_row.setObjectName(u"recent_row")
        self.recent_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recent_row.addItem(self.recent_spacer)

        self.open_record_button = QPushButton(self.recent_group)
        self.open_record_button.setObjectName(u"open_record_button")

        self.recent_row.addWidget(self.open_record_button)

        self.all_records_button = QPushButton(self.recent_group)
        self.all_records_button.setObjectName(u"all_records_button")

        self.recent_row.addWidget(self.all_records_button)


        self.recent_layout.addLayout(self.recent_row)


        self.content_layout.addWidget(self.recent_group)

        self.status_group = QGroupBox(self.scroll_contents)
        self.status_group.setObjectName(u"status_group")
        self.status_layout = QVBoxLayout(self.status_group)
        self.status_layout.setSpacing(6)
        self.status_layout.setObjectName(u"status_layout")
        self.outbox_row = QHBoxLayout()
        self.outbox_row.setObjectName(u"outbox_row")
        self.outbox_label = QLabel(self.status_group)
        self.outbox_label.setObjectName(u"outbox_label")
        self.outbox_label.setWordWrap(True)

        self.outbox_row.addWidget(self.outbox_label)

        self.outbox_button = QPushButton(self.status_group)
        self.outbox_button.setObjectName(u"outbox_button")

        self.outbox_row.addWidget(self.outbox_button)

        self.outbox_row.setStretch(0, 1)

        self.status_layout.addLayout(self.outbox_row)

        self.reviews_label = QLabel(self.status_group)
        self.reviews_label.setObjectName(u"reviews_label")
        self.reviews_label.setWordWrap(True)

        self.status_layout.addWidget(self.reviews_label)

        self.reviews_list = QListWidget(self.status_group)
        self.reviews_list.setObjectName(u"reviews_list")
        self.reviews_list.setWordWrap(True)

        self.status_layout.addWidget(self.reviews_list)


        self.content_layout.addWidget(self.status_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.content_layout.addItem(self.bottom_spacer)

        self.scroll_area.setWidget(self.scroll_contents)

        self.outer_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.flow_label.setBuddy(self.flow_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.flow_combo, self.start_button)
        QWidget.setTabOrder(self.start_button, self.drafts_list)
        QWidget.setTabOrder(self.drafts_list, self.resume_button)
        QWidget.setTabOrder(self.resume_button, self.recent_list)
        QWidget.setTabOrder(self.recent_list, self.open_record_button)
        QWidget.setTabOrder(self.open_record_button, self.all_records_button)
        QWidget.setTabOrder(self.all_records_button, self.outbox_button)
        QWidget.setTabOrder(self.outbox_button, self.reviews_list)

        self.retranslateUi(HomeScreen)

        self.start_button.setDefault(True)


        QMetaObject.connectSlotsByName(HomeScreen)
    # setupUi

    def retranslateUi(self, HomeScreen):
        self.title_label.setText(QCoreApplication.translate("HomeScreen", u"Home", None))
        self.urgent_label.setText(QCoreApplication.translate("HomeScreen", u"If a child is at risk of significant harm, follow your child protection procedures now: contact children's social care or the police without delay.", None))
        self.start_group.setTitle(QCoreApplication.translate("HomeScreen", u"Start a decision", None))
        self.flow_label.setText(QCoreApplication.translate("HomeScreen", u"&Guidance", None))
#if QT_CONFIG(accessibility)
        self.flow_combo.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Guidance for the decision", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.flow_combo.setAccessibleDescription(QCoreApplication.translate("HomeScreen", u"Which guidance the new decision follows.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.start_button.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Start a decision", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.start_button.setAccessibleDescription(QCoreApplication.translate("HomeScreen", u"Begin a new information-sharing decision.", None))
#endif // QT_CONFIG(accessibility)
        self.start_button.setText(QCoreApplication.translate("HomeScreen", u"&Start a decision", None))
        self.drafts_group.setTitle(QCoreApplication.translate("HomeScreen", u"Drafts in progress", None))
#if QT_CONFIG(accessibility)
        self.drafts_list.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Drafts in progress", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.drafts_list.setAccessibleDescription(QCoreApplication.translate("HomeScreen", u"Decisions started but not finalised.", None))
#endif // QT_CONFIG(accessibility)
        self.drafts_empty_label.setText(QCoreApplication.translate("HomeScreen", u"No drafts in progress.", None))
#if QT_CONFIG(accessibility)
        self.resume_button.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Resume draft", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resume_button.setAccessibleDescription(QCoreApplication.translate("HomeScreen", u"Continue the selected draft.", None))
#endif // QT_CONFIG(accessibility)
        self.resume_button.setText(QCoreApplication.translate("HomeScreen", u"&Resume draft", None))
        self.recent_group.setTitle(QCoreApplication.translate("HomeScreen", u"Recent decisions", None))
#if QT_CONFIG(accessibility)
        self.recent_list.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Recent decisions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recent_list.setAccessibleDescription(QCoreApplication.translate("HomeScreen", u"Your most recently finalised decisions.", None))
#endif // QT_CONFIG(accessibility)
        self.recent_empty_label.setText(QCoreApplication.translate("HomeScreen", u"No decisions recorded yet.", None))
#if QT_CONFIG(accessibility)
        self.open_record_button.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Open record", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.open_record_button.setAccessibleDescription(QCoreApplication.translate("HomeScreen", u"Show the selected record.", None))
#endif // QT_CONFIG(accessibility)
        self.open_record_button.setText(QCoreApplication.translate("HomeScreen", u"&Open record", None))
#if QT_CONFIG(accessibility)
        self.all_records_button.setAccessibleName(QCoreApplication.translate("HomeScreen", u"All records", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.all_records_button.setAccessibleDescription(QCoreApplication.translate("HomeScreen", u"Search and filter every record.", None))
#endif // QT_CONFIG(accessibility)
        self.all_records_button.setText(QCoreApplication.translate("HomeScreen", u"All re&cords", None))
        self.status_group.setTitle(QCoreApplication.translate("HomeScreen", u"To do", None))
        self.outbox_label.setText("")
#if QT_CONFIG(accessibility)
        self.outbox_button.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Outbox", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.outbox_button.setAccessibleDescription(QCoreApplication.translate("HomeScreen", u"See what is waiting to go to the case system, and send it.", None))
#endif // QT_CONFIG(accessibility)
        self.outbox_button.setText(QCoreApplication.translate("HomeScreen", u"Out&box", None))
        self.reviews_label.setText("")
#if QT_CONFIG(accessibility)
        self.reviews_list.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Reviews due", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reviews_list.setAccessibleDescription(QCoreApplication.translate("HomeScreen", u"Records whose review date has arrived.", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

